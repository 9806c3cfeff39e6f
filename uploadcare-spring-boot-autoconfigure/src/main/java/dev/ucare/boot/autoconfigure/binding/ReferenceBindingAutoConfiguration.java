package dev.ucare.boot.autoconfigure.binding;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.reference.FileReference;
import tools.jackson.databind.JacksonModule;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;

/**
 * Data binding of {@link FileReference} and
 * {@link dev.ucare.client.reference.GroupReference}: formatters (Spring Boot adds
 * {@code Formatter} beans to the MVC conversion service), plain field errors for invalid
 * references in Spring MVC, and a Jackson module for JSON bodies. Bound references use
 * the client's CDN base.
 */
@AutoConfiguration(after = UploadcareAutoConfiguration.class)
@ConditionalOnBean(UploadcareClient.class)
public final class ReferenceBindingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	FileReferenceFormatter uploadcareFileReferenceFormatter(UploadcareClient client) {
		return new FileReferenceFormatter(client.cdnBaseUrl());
	}

	@Bean
	@ConditionalOnMissingBean
	GroupReferenceFormatter uploadcareGroupReferenceFormatter(UploadcareClient client) {
		return new GroupReferenceFormatter(client.cdnBaseUrl());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(WebDataBinder.class)
	static class WebConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ReferenceBindingAdvice uploadcareReferenceBindingAdvice() {
			return new ReferenceBindingAdvice();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(JacksonModule.class)
	static class JacksonConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ReferenceJacksonModule uploadcareReferenceJacksonModule(UploadcareClient client) {
			return new ReferenceJacksonModule(client.cdnBaseUrl());
		}

	}

}
