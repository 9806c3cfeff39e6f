package dev.ucare.boot.autoconfigure;

import java.util.Arrays;

import dev.ucare.emulator.UploadcareEmulator;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The {@link ApplicationContextRunner} the auto-configuration tests start from: the
 * client's {@link UploadcareAutoConfiguration} with the auto-configurations under test,
 * against a running emulator ({@link EmulatorPropertyValues#of(UploadcareEmulator)}).
 */
public final class EmulatorContextRunner {

	private EmulatorContextRunner() {
	}

	/**
	 * @param emulator a running emulator
	 * @param autoConfigurations the auto-configurations under test, besides
	 * {@link UploadcareAutoConfiguration}
	 * @return a runner of them with the emulator's keys and base URLs
	 */
	public static ApplicationContextRunner of(UploadcareEmulator emulator, Class<?>... autoConfigurations) {
		Class<?>[] classes = Arrays.copyOf(autoConfigurations, autoConfigurations.length + 1);
		classes[autoConfigurations.length] = UploadcareAutoConfiguration.class;
		return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(classes))
			.withPropertyValues(EmulatorPropertyValues.of(emulator));
	}

}
