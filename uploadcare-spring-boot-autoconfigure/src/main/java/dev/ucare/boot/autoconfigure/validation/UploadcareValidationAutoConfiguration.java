package dev.ucare.boot.autoconfigure.validation;

import java.util.Map;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.boot.autoconfigure.projects.UploadcareClients;
import dev.ucare.boot.autoconfigure.projects.UploadcareProjectsAutoConfiguration;
import dev.ucare.client.UploadcareClient;
import jakarta.validation.ConstraintValidator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;

/**
 * Bean Validation of Uploadcare files with {@link UploadcareFile}: the
 * {@link UploadcareFileChecker} its validator uses (with the {@link UploadcareClients},
 * so that a reference naming its project is checked in that project), and in Spring MVC
 * the binder advice that stores files only once the whole object is valid.
 */
@AutoConfiguration(after = { UploadcareAutoConfiguration.class, UploadcareProjectsAutoConfiguration.class })
@ConditionalOnClass({ ConstraintValidator.class, HibernateConstraintValidatorContext.class })
@ConditionalOnBean(UploadcareClient.class)
public final class UploadcareValidationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	UploadcareFileChecker uploadcareFileChecker(UploadcareClient client, ObjectProvider<UploadcareClients> clients) {
		return new UploadcareFileChecker(clients.getIfAvailable(() -> UploadcareClients.of(client, Map.of())));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(WebDataBinder.class)
	static class WebConfiguration {

		@Bean
		@ConditionalOnMissingBean
		StoreWhenValidAdvice uploadcareStoreWhenValidAdvice(UploadcareFileChecker checker) {
			return new StoreWhenValidAdvice(checker);
		}

	}

}
