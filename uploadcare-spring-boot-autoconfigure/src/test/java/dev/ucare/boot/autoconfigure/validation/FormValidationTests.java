package dev.ucare.boot.autoconfigure.validation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import dev.ucare.client.Store;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.addons.AddonParams;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.emulator.SeedFile;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.spring.AutoConfigureUploadcareEmulator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Form binding and {@link UploadcareFile} validation in Spring MVC against the emulator
 * over HTTP: typed fields from what the File Uploader posts, a field error with a message
 * for every kind of bad input (never a 500), store once the form is valid, and deletion
 * of rejected uploads only while they are unstored.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureUploadcareEmulator
class FormValidationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UploadcareClient client;

	@Autowired
	UploadcareEmulator emulator;

	@Test
	void aValidImageIsBoundOnTheApplicationsCdnAndStoredOnceTheFormIsValid() throws IOException {
		FileInfo image = upload(png(), "photo.png");
		String posted = "https://1s4oyld5dc.ucarecd.net/" + image.uuid() + "/-/crop/10x10/0,0/";
		assertThat(mvc.post().uri("/profile").param("name", "Ann").param("avatar", posted)).hasStatusOk()
			.bodyText()
			.isEqualTo("ok avatar=" + emulator.cdnBaseUrl() + image.uuid() + "/-/crop/10x10/0,0/");
		assertThat(emulator.file(image.uuid()).orElseThrow().isStored()).isTrue();
	}

	@Test
	void aValidImageIsNotStoredWhileAnotherFieldIsInvalid() throws IOException {
		FileInfo image = upload(png(), "photo.png");
		assertThat(mvc.post().uri("/profile").param("name", " ").param("avatar", image.uuid())).hasStatusOk()
			.bodyText()
			.startsWith("errors name=");
		assertThat(emulator.file(image.uuid()).orElseThrow().isStored()).isFalse();
	}

	@Test
	void aFileOfTheWrongTypeIsAFieldErrorAndItsUnstoredUploadIsDeleted() {
		FileInfo text = upload("not an image".getBytes(StandardCharsets.UTF_8), "notes.txt");
		assertThat(errors("/profile", "avatar", text.uuid()))
			.isEqualTo("errors avatar=must be an image; the file is text/plain");
		assertThat(emulator.file(text.uuid()).orElseThrow().isRemoved()).isTrue();
	}

	@Test
	void aStoredFileIsNeverDeletedByValidation() {
		String uuid = UUID.randomUUID().toString();
		emulator.seedFile(SeedFile.of(uuid, "someone-elses.txt", "stored text".getBytes(StandardCharsets.UTF_8)));
		assertThat(errors("/profile", "avatar", uuid))
			.isEqualTo("errors avatar=must be an image; the file is text/plain");
		assertThat(emulator.file(uuid).orElseThrow().isStored()).isTrue();
	}

	@Test
	void badValuesAreFieldErrorsWithAMessage() {
		assertThat(errors("/profile", "avatar", "hello"))
			.isEqualTo("errors avatar=is not an Uploadcare file or group: 'hello' contains no Uploadcare file UUID");
		assertThat(errors("/profile", "avatar", "javascript:alert(1)"))
			.startsWith("errors avatar=is not an Uploadcare file or group: 'javascript:alert(1)' is neither");
		assertThat(errors("/profile", "avatar", UUID.randomUUID().toString()))
			.isEqualTo("errors avatar=the file does not exist in this Uploadcare project (or was deleted)");
		FileInfo deleted = upload(png(), "gone.png");
		client.files().delete(deleted.uuid());
		assertThat(errors("/profile", "avatar", deleted.uuid()))
			.isEqualTo("errors avatar=the file does not exist in this Uploadcare project (or was deleted)");
	}

	@Test
	void sizeAndTypeOfEveryFileInAList() {
		FileInfo small = upload("short".getBytes(StandardCharsets.UTF_8), "a.txt");
		FileInfo large = upload("x".repeat(3000).getBytes(StandardCharsets.UTF_8), "b.txt");
		FileInfo image = upload(png(), "c.png");
		assertThat(mvc.post()
			.uri("/profile")
			.param("name", "Ann")
			.param("attachments", small.uuid(), large.uuid(), image.uuid())).hasStatusOk()
			.bodyText()
			.isEqualTo("errors attachments[1]=the file is too large: 2.9 KB, at most 1 KB allowed;"
					+ " attachments[2]=must be of type text/*; the file is image/png");
	}

	@Test
	void everyFileOfAGroupIsChecked() {
		FileInfo image = upload(png(), "a.png");
		FileInfo text = upload("t".getBytes(StandardCharsets.UTF_8), "b.txt");
		String group = client.uploads().createGroup(List.of(image.uuid(), text.uuid())).id();
		assertThat(errors("/profile", "gallery", "https://ucarecdn.com/" + group + "/"))
			.isEqualTo("errors gallery=file 2 of the group: must be an image; the file is text/plain");
		String images = client.uploads().createGroup(List.of(image.uuid())).id();
		assertThat(mvc.post().uri("/profile").param("name", "Ann").param("gallery", images)).hasStatusOk()
			.bodyText()
			.startsWith("ok");
		assertThat(errors("/profile", "gallery", image.uuid()))
			.startsWith("errors gallery=is not an Uploadcare file or group: '" + image.uuid() + "' is a single file");
	}

	@Test
	void infectedFilesAreRefusedOnceScanned() {
		FileInfo infected = upload(("X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
			.getBytes(StandardCharsets.US_ASCII), "eicar.txt");
		assertThat(mvc.post().uri("/scanned").param("name", "x").param("document", infected.uuid())).hasStatusOk()
			.bodyText()
			.isEqualTo("ok");
		client.addons().executeAndWait(infected.uuid(), AddonParams.clamAv(false));
		assertThat(errors("/scanned", "document", infected.uuid()))
			.startsWith("errors document=the file is infected (");
	}

	@Test
	void jsonBodiesUseTheSameTypesAndChecks() throws IOException {
		FileInfo image = upload(png(), "photo.png");
		assertThat(mvc.post()
			.uri("/api/profile")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Ann\",\"avatar\":\"" + image.uuid() + "\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.avatar")
			.isEqualTo(emulator.cdnBaseUrl() + image.uuid() + "/");
		assertThat(mvc.post()
			.uri("/api/profile")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Ann\",\"avatar\":\"not-a-file\"}")).hasStatus(400);
		FileInfo text = upload("t".getBytes(StandardCharsets.UTF_8), "b.txt");
		assertThat(mvc.post()
			.uri("/api/profile")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Ann\",\"avatar\":\"" + text.uuid() + "\"}")).hasStatus(400);
	}

	private String errors(String uri, String field, String value) {
		try {
			return mvc.post()
				.uri(uri)
				.param("name", "Ann")
				.param(field, value)
				.exchange()
				.getResponse()
				.getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private FileInfo upload(byte[] content, String filename) {
		return client.uploads().upload(content, UploadOptions.builder().filename(filename).store(Store.FALSE).build());
	}

	static byte[] png() {
		try {
			BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
			image.setRGB(3, 3, 0xff0000);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record ProfileForm(@NotBlank String name,
			@UploadcareFile(imageOnly = true, maxSize = "64KB", storeWhenValid = true,
					deleteRejected = true) FileReference avatar,
			List<@UploadcareFile(mimeTypes = "text/*", maxSize = "1KB") FileReference> attachments,
			@UploadcareFile(imageOnly = true) GroupReference gallery) {
	}

	record ScannedForm(String name, @UploadcareFile(notInfected = true) FileReference document) {
	}

	@RestController
	static class FormController {

		@PostMapping("/profile")
		String profile(@Valid ProfileForm form, BindingResult result) {
			return result.hasErrors() ? describe(result) : "ok avatar=" + form.avatar();
		}

		@PostMapping("/scanned")
		String scanned(@Valid ScannedForm form, BindingResult result) {
			return result.hasErrors() ? describe(result) : "ok";
		}

		@PostMapping("/api/profile")
		ProfileForm api(@Valid @RequestBody ProfileForm form) {
			return form;
		}

		private static String describe(BindingResult result) {
			return "errors " + result.getFieldErrors()
				.stream()
				.sorted(java.util.Comparator.comparing(org.springframework.validation.FieldError::getField))
				.map(error -> error.getField() + "=" + error.getDefaultMessage())
				.collect(Collectors.joining("; "));
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(FormController.class)
	static class App {

	}

}
