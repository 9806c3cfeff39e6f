package dev.ucare.boot.autoconfigure.emulator;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.boot.autoconfigure.UploadcareConnectionDetails;
import dev.ucare.emulator.UploadcareEmulator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * {@link UploadcareConnectionDetails} from an {@link UploadcareEmulator} bean: the one
 * {@code @AutoConfigureUploadcareEmulator} registers in tests, one an application starts
 * for local development, or one defined as a {@code @Bean}. The client then talks to the
 * emulator with its keys and base URLs whatever the {@code uploadcare.*} key and base URL
 * properties say (the other properties still apply). An application's own
 * {@link UploadcareConnectionDetails} bean wins.
 */
@AutoConfiguration(before = UploadcareAutoConfiguration.class)
@ConditionalOnClass(UploadcareEmulator.class)
@ConditionalOnSingleCandidate(UploadcareEmulator.class)
public final class UploadcareEmulatorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(UploadcareConnectionDetails.class)
	EmulatorUploadcareConnectionDetails uploadcareEmulatorConnectionDetails(UploadcareEmulator emulator) {
		return new EmulatorUploadcareConnectionDetails(emulator);
	}

}
