package dev.ucare.boot.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The start-up report of a real Spring Boot application:
 * {@link UploadcareFailureAnalyzer} is registered and runs before Boot's generic
 * analyzers.
 */
@ExtendWith(OutputCaptureExtension.class)
class UploadcareFailureAnalyzerTests {

	@Test
	void aMissingPublicKeyIsExplained(CapturedOutput output) {
		start("uploadcare.secret-key=topsecretkey");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("no public key is configured")
			.contains("Property: uploadcare.public-key")
			.contains("UPLOADCARE_PUBLIC_KEY")
			.doesNotContain("topsecretkey");
	}

	@Test
	void invalidPropertiesAreListedWithoutTheirSecrets(CapturedOutput output) {
		start("uploadcare.public-key=demopublickey", "uploadcare.http.connect-timeout=-2s",
				"uploadcare.secure-delivery.secret=not-a-hex-secret");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid Uploadcare configuration")
			.contains("Property: uploadcare.http.connect-timeout")
			.contains("Property: uploadcare.secure-delivery.secret")
			.contains("Property: uploadcare.secure-delivery.cdn-host")
			.contains("Update the uploadcare.* properties")
			.doesNotContain("not-a-hex-secret");
	}

	private void start(String... properties) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
			.properties(properties)
			.properties("spring.main.banner-mode=off")
			.run()
			.close());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}
