package dev.ucare.boot.autoconfigure.uploader;

import dev.ucare.emulator.spring.AutoConfigureUploadcareEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * With Spring Security and no policy bean: signatures for authenticated users only, CSRF
 * enforced as the application configures it, and a per-user rate limit.
 */
@SpringBootTest(properties = { "uploadcare.uploader.signed-uploads=true",
		"uploadcare.uploader.signature.rate-limit.requests=3", "uploadcare.uploader.signature.rate-limit.period=1h" })
@AutoConfigureMockMvc
@AutoConfigureUploadcareEmulator
class UploadSignatureSecurityTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void anonymousCallersAreAskedToSignIn() {
		assertThat(mvc.post().uri("/uploadcare/upload-signature").with(csrf())).hasStatus(401)
			.bodyText()
			.contains(AuthenticatedUploadSignaturePolicy.REFUSAL);
	}

	@Test
	void withoutTheCsrfTokenSpringSecurityRefuses() {
		assertThat(mvc.post().uri("/uploadcare/upload-signature").with(user("csrf-less"))).hasStatus(403)
			.bodyText()
			.doesNotContain("signature");
	}

	@Test
	void signedInUsersGetSignaturesWithinTheirRateLimit() {
		for (int i = 0; i < 3; i++) {
			assertThat(mvc.post().uri("/uploadcare/upload-signature").with(user("alice")).with(csrf())).hasStatusOk()
				.bodyJson()
				.hasPathSatisfying("$.signature", s -> assertThat(s).asString().matches("[0-9a-f]{64}"));
		}
		assertThat(mvc.post().uri("/uploadcare/upload-signature").with(user("alice")).with(csrf())).hasStatus(429)
			.headers()
			.containsHeader("Retry-After");
		// another user has their own allowance
		assertThat(mvc.post().uri("/uploadcare/upload-signature").with(user("bob")).with(csrf())).hasStatusOk();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableWebSecurity
	static class App {

		@Bean
		SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
				.csrf(Customizer.withDefaults())
				.build();
		}

	}

}
