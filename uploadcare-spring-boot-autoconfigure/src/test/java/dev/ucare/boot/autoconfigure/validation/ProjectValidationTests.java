package dev.ucare.boot.autoconfigure.validation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import dev.ucare.boot.autoconfigure.EmulatorContextRunner;
import dev.ucare.boot.autoconfigure.MarketingProject;
import dev.ucare.boot.autoconfigure.projects.UploadcareClients;
import dev.ucare.boot.autoconfigure.projects.UploadcareProjectsAutoConfiguration;
import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import dev.ucare.emulator.SeedFile;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link UploadcareFile} checks a reference that names its project
 * ({@link FileReference#project()}, {@link GroupReference#project()}) with that project's
 * client from {@link UploadcareClients}, against an emulator that knows two projects over
 * HTTP: finding, storing and deleting happen in the reference's project, and a project
 * that is not configured is a violation with a message, never an exception.
 */
class ProjectValidationTests {

	private static final String MARKETING_PUBLIC_KEY = MarketingProject.PUBLIC_KEY;

	@RegisterExtension
	static final UploadcareEmulatorExtension uploadcare = MarketingProject.emulatorExtension();

	private UploadcareEmulator emulator;

	private ApplicationContextRunner runner;

	@BeforeEach
	void useTheEmulator() {
		emulator = uploadcare.emulator();
		runner = EmulatorContextRunner
			.of(emulator, ValidationAutoConfiguration.class, UploadcareProjectsAutoConfiguration.class,
					UploadcareValidationAutoConfiguration.class)
			.withPropertyValues(MarketingProject.propertyValues());
	}

	@Test
	void aFileIsFoundAndStoredInTheProjectItsReferenceNames() {
		String marketing = seed("m.png", FormValidationTests.png(), MARKETING_PUBLIC_KEY);
		String own = seed("o.png", FormValidationTests.png(), null);
		runner.run((context) -> {
			Validator validator = context.getBean(Validator.class);

			assertThat(validator.validate(new Avatar(FileReference.of(marketing).withProject("marketing")))).isEmpty();
			assertThat(emulator.file(marketing).orElseThrow().isStored()).as("stored in its project").isTrue();
			// the same files in the other project are not there
			assertThat(messages(validator.validate(new Avatar(FileReference.of(marketing)))))
				.containsExactly("the file does not exist in this Uploadcare project (or was deleted)");
			assertThat(messages(validator.validate(new Avatar(FileReference.of(own).withProject("marketing")))))
				.containsExactly("the file does not exist in this Uploadcare project (or was deleted)");
			assertThat(emulator.file(own).orElseThrow().isStored()).isFalse();
			// "default" names the default project
			assertThat(validator.validate(new Avatar(FileReference.of(own).withProject("default")))).isEmpty();
			assertThat(emulator.file(own).orElseThrow().isStored()).isTrue();
		});
	}

	@Test
	void aRejectedUnstoredUploadIsDeletedInItsProject() {
		String text = seed("notes.txt", "not an image".getBytes(StandardCharsets.UTF_8), MARKETING_PUBLIC_KEY);
		runner.run((context) -> {
			Validator validator = context.getBean(Validator.class);

			assertThat(messages(validator.validate(new Avatar(FileReference.of(text).withProject("marketing")))))
				.containsExactly("must be an image; the file is text/plain");
			assertThat(emulator.file(text).orElseThrow().isRemoved()).isTrue();
		});
	}

	@Test
	void everyFileOfAGroupIsCheckedInTheGroupsProject() {
		String image = seed("a.png", FormValidationTests.png(), MARKETING_PUBLIC_KEY);
		String text = seed("b.txt", "t".getBytes(StandardCharsets.UTF_8), MARKETING_PUBLIC_KEY);
		runner.run((context) -> {
			Validator validator = context.getBean(Validator.class);
			UploadcareClients clients = context.getBean(UploadcareClients.class);
			String images = clients.get("marketing").uploads().createGroup(List.of(image)).id();
			String mixed = clients.get("marketing").uploads().createGroup(List.of(image, text)).id();

			assertThat(validator.validate(new Gallery(GroupReference.of(images).withProject("marketing")))).isEmpty();
			assertThat(messages(validator.validate(new Gallery(GroupReference.of(mixed).withProject("marketing")))))
				.containsExactly("file 2 of the group: must be an image; the file is text/plain");
			assertThat(messages(validator.validate(new Gallery(GroupReference.of(images)))))
				.containsExactly("the file group does not exist in this Uploadcare project");
		});
	}

	@Test
	void aProjectThatIsNotConfiguredIsAViolationWithAMessage() {
		String own = seed("o.png", FormValidationTests.png(), null);
		runner.run((context) -> {
			Validator validator = context.getBean(Validator.class);
			int requests = emulator.requestLog().all().size();

			assertThat(messages(validator.validate(new Avatar(FileReference.of(own).withProject("archive")))))
				.containsExactly("names the Uploadcare project 'archive', which is not configured");
			assertThat(messages(validator.validate(new Gallery(GroupReference.of(own + "~1").withProject("archive")))))
				.containsExactly("names the Uploadcare project 'archive', which is not configured");
			assertThat(messages(validator.validate(
					new Attachments(List.of(FileReference.of(own), FileReference.of(own).withProject("archive"))))))
				.containsExactly("file 2: names the Uploadcare project 'archive', which is not configured");
			assertThat(emulator.requestLog().all()).as("nothing asked of Uploadcare for it").hasSize(requests + 1);
		});
		// without the projects' registry only the default project is known
		EmulatorContextRunner
			.of(emulator, ValidationAutoConfiguration.class, UploadcareValidationAutoConfiguration.class)
			.run((context) -> assertThat(messages(context.getBean(Validator.class)
				.validate(new Avatar(FileReference.of(own).withProject("marketing")))))
				.containsExactly("names the Uploadcare project 'marketing', which is not configured"));
	}

	@Test
	void aProjectWithoutASecretKeyCannotStoreAndSaysWhichPropertyIsMissing() {
		String marketing = seed("m.png", FormValidationTests.png(), MARKETING_PUBLIC_KEY);
		runner.withPropertyValues("uploadcare.projects.uploads.public-key=" + MARKETING_PUBLIC_KEY).run((context) -> {
			Validator validator = context.getBean(Validator.class);

			assertThat(validator.validate(new Checked(FileReference.of(marketing).withProject("uploads")))).isEmpty();
			assertThatExceptionOfType(ValidationException.class)
				.isThrownBy(() -> validator.validate(new Avatar(FileReference.of(marketing).withProject("uploads"))))
				.withMessageContaining("set uploadcare.projects.uploads.secret-key");
			assertThat(emulator.file(marketing).orElseThrow().isStored()).isFalse();
		});
	}

	private String seed(String filename, byte[] content, @Nullable String publicKey) {
		return emulator.seedFile(SeedFile.of(null, filename, content).withStored(false).withPublicKey(publicKey))
			.uuid();
	}

	private static List<String> messages(Set<? extends ConstraintViolation<?>> violations) {
		return violations.stream().map(ConstraintViolation::getMessage).sorted().toList();
	}

	record Avatar(@UploadcareFile(imageOnly = true, storeWhenValid = true, deleteRejected = true) FileReference file) {
	}

	record Checked(@UploadcareFile(imageOnly = true) FileReference file) {
	}

	record Gallery(@UploadcareFile(imageOnly = true) GroupReference group) {
	}

	record Attachments(@UploadcareFile List<FileReference> files) {
	}

}
