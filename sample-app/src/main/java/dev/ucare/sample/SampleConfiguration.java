package dev.ucare.sample;

import dev.ucare.boot.autoconfigure.UploadcareConnectionDetails;
import dev.ucare.sample.emulator.EmulatorInitializer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class SampleConfiguration {

	@Bean(SampleMode.BEAN_NAME)
	SampleMode sampleMode(Environment env, UploadcareConnectionDetails connection) {
		return new SampleMode(env.getProperty(EmulatorInitializer.EMULATOR_PROPERTY, Boolean.class, false),
				connection.getRestBaseUrl().toString(), connection.getUploadBaseUrl().toString());
	}

}
