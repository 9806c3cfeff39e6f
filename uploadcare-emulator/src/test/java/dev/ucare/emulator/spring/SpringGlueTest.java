package dev.ucare.emulator.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import dev.ucare.emulator.UploadcareEmulator;

@SpringJUnitConfig(SpringGlueTest.Config.class)
@AutoConfigureUploadcareEmulator
class SpringGlueTest {

	@Configuration
	static class Config {

	}

	@Autowired
	UploadcareEmulator uploadcareEmulator;

	@Value("${uploadcare.rest.base-url}")
	String restBaseUrl;

	@Autowired
	Environment environment;

	@Test
	void emulatorBeanAndPropertiesAreRegistered() {
		assertThat(restBaseUrl).isEqualTo(uploadcareEmulator.restBaseUrl().toString());
		assertThat(environment.getProperty("uploadcare.public-key")).isEqualTo("demopublickey");
		assertThat(environment.getProperty("uploadcare.secret-key")).isEqualTo("demosecretkey");
		assertThat(environment.getProperty("uploadcare.upload.base-url"))
			.isEqualTo(uploadcareEmulator.uploadBaseUrl().toString());
		assertThat(environment.getProperty("uploadcare.cdn.base-url"))
			.isEqualTo(uploadcareEmulator.cdnBaseUrl().toString());
		assertThat(UploadcareEmulatorProperties.asMap(uploadcareEmulator)).hasSize(5);
	}

}
