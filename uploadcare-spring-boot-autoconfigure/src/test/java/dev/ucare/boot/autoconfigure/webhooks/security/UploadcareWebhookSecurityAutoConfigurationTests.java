package dev.ucare.boot.autoconfigure.webhooks.security;

import java.util.Map;

import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.UploadcareWebhookDeduplicationAutoConfiguration;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.UploadcareWebhookInMemoryStoreAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link UploadcareWebhookSecurityAutoConfiguration}. */
class UploadcareWebhookSecurityAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
						UploadcareWebhookAutoConfiguration.class, UploadcareWebhookDeduplicationAutoConfiguration.class,
						UploadcareWebhookInMemoryStoreAutoConfiguration.class,
						UploadcareWebhookSecurityAutoConfiguration.class))
		.withPropertyValues("uploadcare.webhooks.signing-secret=s");

	@Test
	void bootsDefaultChainStaysNextToTheWebhookChain() {
		runner.run(context -> {
			Map<String, SecurityFilterChain> chains = context.getBeansOfType(SecurityFilterChain.class);
			assertThat(chains).containsKey("uploadcareWebhookSecurityFilterChain").hasSize(2);
		});
	}

	@Test
	void theApplicationsOwnChainStaysAsItIs() {
		runner.withUserConfiguration(AppSecurity.class).run(context -> {
			assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("appChain",
					"uploadcareWebhookSecurityFilterChain");
		});
	}

	@Test
	void offWithTheProperty() {
		runner.withPropertyValues("uploadcare.webhooks.security.filter-chain=false")
			.run(context -> assertThat(context).doesNotHaveBean("uploadcareWebhookSecurityFilterChain"));
	}

	@Test
	void offWithoutTheEndpoint() {
		runner.withPropertyValues("uploadcare.webhooks.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean("uploadcareWebhookSecurityFilterChain"));
	}

	@Test
	void offWithoutSpringSecurity() {
		runner.withClassLoader(new FilteredClassLoader(SecurityFilterChain.class))
			.run(context -> assertThat(context).hasNotFailed()
				.doesNotHaveBean("uploadcareWebhookSecurityFilterChain")
				.hasBean("uploadcareWebhookRouter"));
	}

	@Configuration(proxyBeanMethods = false)
	static class AppSecurity {

		@Bean
		SecurityFilterChain appChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.httpBasic(Customizer.withDefaults())
				.build();
		}

	}

}
