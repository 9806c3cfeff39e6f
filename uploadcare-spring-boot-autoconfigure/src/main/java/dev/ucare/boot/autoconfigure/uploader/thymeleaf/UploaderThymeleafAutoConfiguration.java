package dev.ucare.boot.autoconfigure.uploader.thymeleaf;

import dev.ucare.boot.autoconfigure.uploader.UploaderAutoConfiguration;
import dev.ucare.boot.autoconfigure.uploader.UploaderConfig;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@link UploadcareDialect} for Thymeleaf templates (Spring Boot adds dialect beans
 * to its template engine).
 */
@AutoConfiguration(after = UploaderAutoConfiguration.class,
		beforeName = "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration")
@ConditionalOnClass(SpringTemplateEngine.class)
@ConditionalOnBean(UploaderConfig.class)
public final class UploaderThymeleafAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	UploadcareDialect uploadcareDialect(UploaderConfig config) {
		return new UploadcareDialect(config);
	}

}
