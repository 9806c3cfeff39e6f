package dev.ucare.boot.autoconfigure.emulator;

import java.net.URI;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.boot.autoconfigure.UploadcareConnectionDetails;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.project.ProjectOperations;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.config.BeanDefinitionCustomizer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UploadcareEmulatorAutoConfiguration}: connection details from an
 * {@link UploadcareEmulator} bean, over real HTTP.
 */
class UploadcareEmulatorAutoConfigurationTests {

	@RegisterExtension
	static final UploadcareEmulatorExtension uploadcare = new UploadcareEmulatorExtension();

	/**
	 * The extension's emulator outlives each context: not closed as an inferred destroy
	 * method.
	 */
	private static final BeanDefinitionCustomizer KEEP_OPEN = (definition) -> definition.setDestroyMethodName("");

	private UploadcareEmulator emulator;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(UploadcareAutoConfiguration.class, UploadcareEmulatorAutoConfiguration.class))
		.withPropertyValues("uploadcare.public-key=pk-of-the-application",
				"uploadcare.secret-key=sk-of-the-application", "uploadcare.rest.base-url=http://127.0.0.1:9/",
				"uploadcare.upload.base-url=http://127.0.0.1:9/", "uploadcare.cdn.base-url=https://cdn.example.com/",
				"uploadcare.retry.max-retries=0");

	@BeforeEach
	void useTheEmulator() {
		emulator = uploadcare.emulator();
	}

	@Test
	void anEmulatorBeanProvidesTheConnectionDetailsOverTheProperties() {
		runner.withBean(UploadcareEmulator.class, () -> emulator, KEEP_OPEN).run((context) -> {
			assertThat(context).hasSingleBean(UploadcareConnectionDetails.class)
				.getBean(UploadcareConnectionDetails.class)
				.isInstanceOf(EmulatorUploadcareConnectionDetails.class);
			UploadcareClient client = context.getBean(UploadcareClient.class);
			assertThat(client.publicKey()).isEqualTo(emulator.publicKey());
			assertThat(context.getBean(ProjectOperations.class).get().pubKey()).isEqualTo(emulator.publicKey());
			FileInfo file = context.getBean(UploadOperations.class).upload("hello".getBytes());
			assertThat(emulator.file(file.uuid())).isPresent();
			assertThat(client.cdn().url(file.uuid()).toString()).startsWith(emulator.cdnBaseUrl().toString());
			assertThat(emulator.requestLog().all()).extracting((request) -> request.path())
				.contains("/project/", "/base/");
		});
	}

	@Test
	void theDetailsAreTheEmulatorsKeysAndUrlsWithoutShowingTheSecret() {
		EmulatorUploadcareConnectionDetails details = new EmulatorUploadcareConnectionDetails(emulator);
		assertThat(details.getPublicKey()).isEqualTo(emulator.publicKey());
		assertThat(details.getSecretKey()).isEqualTo(emulator.secretKey());
		assertThat(details.getUploadBaseUrl()).isEqualTo(emulator.uploadBaseUrl());
		assertThat(details.getRestBaseUrl()).isEqualTo(emulator.restBaseUrl());
		assertThat(details.getCdnBaseUrl()).isEqualTo(emulator.cdnBaseUrl());
		assertThat(details.toString()).contains(emulator.publicKey()).doesNotContain(emulator.secretKey());
	}

	@Test
	void anApplicationsOwnConnectionDetailsStillWin() {
		UploadcareConnectionDetails own = () -> "pk-from-a-vault";
		runner.withBean(UploadcareEmulator.class, () -> emulator, KEEP_OPEN)
			.withBean(UploadcareConnectionDetails.class, () -> own)
			.run((context) -> {
				assertThat(context).hasSingleBean(UploadcareConnectionDetails.class)
					.doesNotHaveBean(EmulatorUploadcareConnectionDetails.class);
				assertThat(context.getBean(UploadcareConnectionDetails.class)).isSameAs(own);
				assertThat(context.getBean(UploadcareClient.class).publicKey()).isEqualTo("pk-from-a-vault");
			});
	}

	@Test
	void withoutAnEmulatorBeanThePropertiesAreTheDetails() {
		runner.run((context) -> {
			assertThat(context).doesNotHaveBean(EmulatorUploadcareConnectionDetails.class)
				.hasSingleBean(UploadcareConnectionDetails.class);
			UploadcareConnectionDetails details = context.getBean(UploadcareConnectionDetails.class);
			assertThat(details.getPublicKey()).isEqualTo("pk-of-the-application");
			assertThat(details.getRestBaseUrl()).isEqualTo(URI.create("http://127.0.0.1:9/"));
		});
	}

	@Test
	void withTwoEmulatorBeansNeitherIsChosen() {
		runner.withBean("one", UploadcareEmulator.class, () -> emulator, KEEP_OPEN)
			.withBean("two", UploadcareEmulator.class, () -> emulator, KEEP_OPEN)
			.run((context) -> assertThat(context).doesNotHaveBean(EmulatorUploadcareConnectionDetails.class)
				.getBean(UploadcareClient.class)
				.extracting(UploadcareClient::publicKey)
				.isEqualTo("pk-of-the-application"));
	}

	@Test
	void withoutTheEmulatorOnTheClasspathThePropertiesAreTheDetails() {
		runner.withClassLoader(new FilteredClassLoader(UploadcareEmulator.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(EmulatorUploadcareConnectionDetails.class)
				.getBean(UploadcareClient.class)
				.extracting(UploadcareClient::publicKey)
				.isEqualTo("pk-of-the-application"));
	}

}
