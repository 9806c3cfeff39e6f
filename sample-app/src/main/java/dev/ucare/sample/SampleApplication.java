package dev.ucare.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Sample web app for uploadcare-spring-boot-starter. Without
 * {@code UPLOADCARE_PUBLIC_KEY} it runs against the embedded Uploadcare emulator (see
 * {@link dev.ucare.sample.emulator.EmulatorInitializer}).
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
