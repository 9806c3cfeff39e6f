package dev.ucare.sample;

import dev.ucare.sample.emulator.EmulatorInitializer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class SampleConfiguration {

	@Bean(SampleMode.BEAN_NAME)
	SampleMode sampleMode(Environment env) {
		return new SampleMode(env.getProperty(EmulatorInitializer.EMULATOR_PROPERTY, Boolean.class, false),
				env.getProperty("uploadcare.rest.base-url", "https://api.uploadcare.com/"),
				env.getProperty("uploadcare.upload.base-url", "https://upload.uploadcare.com/"));
	}

}
