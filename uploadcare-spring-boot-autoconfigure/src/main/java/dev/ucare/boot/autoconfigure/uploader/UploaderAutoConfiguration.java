package dev.ucare.boot.autoconfigure.uploader;

import java.time.Clock;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.client.UploadcareClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Auto-configuration of browser uploads with Uploadcare's File Uploader: the resolved
 * {@link UploaderConfig} (from {@code uploadcare.uploader.*} and the client bean), a
 * model attribute holding it in Spring MVC apps, and with
 * {@code uploadcare.uploader.signed-uploads=true} the signature endpoint
 * ({@code POST /uploadcare/upload-signature}) guarded by an
 * {@link UploadSignaturePolicy}, a per-client rate limit and meters (recorded by the
 * metrics auto-configuration's {@code UploadcareMeters}).
 */
@AutoConfiguration(after = UploadcareAutoConfiguration.class)
@ConditionalOnBean(UploadcareClient.class)
@EnableConfigurationProperties(UploaderProperties.class)
public final class UploaderAutoConfiguration {

	private static final Log logger = LogFactory.getLog(UploaderAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	UploaderConfig uploadcareUploaderConfig(UploaderProperties properties, UploadcareClient client) {
		return UploaderConfig.of(properties, client);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("uploadcare.uploader.signed-uploads")
	static class SignedUploadsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		UploadSignatureIssuer uploadcareUploadSignatureIssuer(UploadcareClient client, UploaderProperties properties) {
			return new UploadSignatureIssuer(client, properties.signature().ttl(), Clock.systemUTC());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass({ DispatcherServlet.class, RouterFunction.class })
	static class WebConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnExpression("!'${uploadcare.uploader.model-attribute:uploadcareUploader}'.isBlank()")
		UploaderModelAttribute uploadcareUploaderModelAttribute(UploaderProperties properties, UploaderConfig config) {
			return new UploaderModelAttribute(properties.modelAttribute(), config);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass({ DispatcherServlet.class, RouterFunction.class })
	@ConditionalOnBooleanProperty("uploadcare.uploader.signed-uploads")
	static class SignatureEndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		UploadSignatureRateLimiter uploadcareUploadSignatureRateLimiter(UploaderProperties properties) {
			UploaderProperties.RateLimit limit = properties.signature().rateLimit();
			return new UploadSignatureRateLimiter(limit.enabled() ? limit.requests() : 0, limit.period(),
					Clock.systemUTC());
		}

		@Bean
		@ConditionalOnMissingBean
		UploadSignatureHandler uploadcareUploadSignatureHandler(UploadSignatureIssuer issuer,
				UploadSignaturePolicy policy, UploadSignatureRateLimiter rateLimiter,
				ObjectProvider<UploadSignatureMetrics> metrics) {
			UploadSignatureMetrics signatureMetrics = metrics.getIfAvailable(() -> UploadSignatureMetrics.NONE);
			signatureMetrics.signatureEndpointCreated();
			return new UploadSignatureHandler(issuer, policy, rateLimiter, signatureMetrics);
		}

		@Bean
		@ConditionalOnMissingBean(name = "uploadcareUploadSignatureRouter")
		RouterFunction<ServerResponse> uploadcareUploadSignatureRouter(UploadSignatureHandler handler,
				UploaderProperties properties) {
			return RouterFunctions.route(RequestPredicates.POST(properties.signature().path()), handler);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.security.core.context.SecurityContextHolder")
	@ConditionalOnBooleanProperty("uploadcare.uploader.signed-uploads")
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class SecurityPolicyConfiguration {

		@Bean
		@ConditionalOnMissingBean
		UploadSignaturePolicy uploadcareUploadSignaturePolicy() {
			return new AuthenticatedUploadSignaturePolicy();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass("org.springframework.security.core.context.SecurityContextHolder")
	@ConditionalOnBooleanProperty("uploadcare.uploader.signed-uploads")
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class UndeclaredPolicyConfiguration {

		@Bean
		@ConditionalOnMissingBean
		UploadSignaturePolicy uploadcareUploadSignaturePolicy() {
			logger.warn("uploadcare.uploader.signed-uploads=true but no UploadSignaturePolicy bean is declared: "
					+ "every request for an upload signature is refused until the application declares one");
			return new UndeclaredUploadSignaturePolicy();
		}

	}

}
