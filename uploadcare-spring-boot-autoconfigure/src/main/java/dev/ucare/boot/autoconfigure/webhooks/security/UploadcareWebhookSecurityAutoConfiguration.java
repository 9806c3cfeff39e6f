package dev.ucare.boot.autoconfigure.webhooks.security;

import dev.ucare.boot.autoconfigure.UploadcareProperties;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * With Spring Security, lets webhook deliveries reach the endpoint: a
 * {@link SecurityFilterChain} matching only {@code POST ${uploadcare.webhooks.path}},
 * ordered before the application's chains, that permits the request without login, CSRF
 * token, session or request cache (a delivery is authenticated by its signature, which
 * the endpoint verifies). It runs after Boot's security auto-configuration, so that
 * Boot's default filter chain (and every chain of the application) stays as it is for
 * every other request. Off with {@code uploadcare.webhooks.security.filter-chain=false}
 * (then the application's own rules must let the deliveries through).
 */
@AutoConfiguration(after = UploadcareWebhookAutoConfiguration.class, afterName = {
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, HttpSecurity.class, PathPatternRequestMatcher.class })
@ConditionalOnBooleanProperty(name = "uploadcare.webhooks.security.filter-chain", matchIfMissing = true)
@ConditionalOnBean(name = "uploadcareWebhookRouter")
public final class UploadcareWebhookSecurityAutoConfiguration {

	/** Order of the webhook filter chain: before the application's. */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Bean
	@Order(ORDER)
	@ConditionalOnMissingBean(name = "uploadcareWebhookSecurityFilterChain")
	@ConditionalOnBean(HttpSecurity.class)
	SecurityFilterChain uploadcareWebhookSecurityFilterChain(HttpSecurity http, UploadcareProperties properties)
			throws Exception {
		String path = properties.webhooks().path();
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.anonymous((anonymous) -> anonymous.disable());
		return http.build();
	}

}
