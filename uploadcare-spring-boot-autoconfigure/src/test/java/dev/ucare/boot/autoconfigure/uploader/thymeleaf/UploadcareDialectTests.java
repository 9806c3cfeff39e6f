package dev.ucare.boot.autoconfigure.uploader.thymeleaf;

import dev.ucare.boot.autoconfigure.uploader.UploaderConfig;
import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.spring.AutoConfigureUploadcareEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages rendered by Thymeleaf with the {@code ucare} dialect. */
@SpringBootTest(properties = { "uploadcare.uploader.signed-uploads=true", "uploadcare.uploader.metadata.origin=web",
		"server.servlet.context-path=/app" })
@AutoConfigureMockMvc
@AutoConfigureUploadcareEmulator
class UploadcareDialectTests {

	private static final String ID = "52da3bfc-7cd8-4861-8b05-126fef7a6994";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UploadcareEmulator emulator;

	@Autowired
	UploaderConfig config;

	@Test
	void resourcesLoadTheStylesheetsAndTheModule() {
		String page = render(null);
		assertThat(page).contains("<link rel=\"stylesheet\" href=\"" + config.stylesheetUrl() + "\">")
			.contains("uc-file-uploader-inline.min.css")
			.contains("import * as UC from '" + config.scriptUrl() + "';")
			.contains("UC.defineComponents(UC);")
			.doesNotContain(emulator.secretKey());
	}

	@Test
	void aFormFieldGetsTheUploaderPrefilledWithItsValue() {
		String page = render(null);
		String cdn = emulator.cdnBaseUrl().toString();
		assertThat(page)
			.contains("<div class=\"ucare-uploader wide\" data-ucare-uploader=\"avatar\" "
					+ "data-ucare-prefill=\"true\">")
			.contains("<uc-config ctx-name=\"avatar\" pubkey=\"" + emulator.publicKey() + "\" base-url=\""
					+ withoutSlash(emulator.uploadBaseUrl().toString()) + "\" cdn-cname=\"" + withoutSlash(cdn)
					+ "\" multiple=\"false\" img-only=\"true\" secure-uploads-expire-threshold=\"450000\" "
					+ "data-ucare-signature-url=\"/app/uploadcare/upload-signature\" "
					+ "data-ucare-metadata=\"{&quot;origin&quot;:&quot;web&quot;}\"></uc-config>")
			.contains("<uc-file-uploader-regular ctx-name=\"avatar\"></uc-file-uploader-regular>")
			.contains("<uc-upload-ctx-provider ctx-name=\"avatar\"></uc-upload-ctx-provider>")
			.contains("<uc-form-input ctx-name=\"avatar\" name=\"avatar\"></uc-form-input>")
			.contains("<input type=\"hidden\" name=\"avatar\" value=\"" + cdn + ID
					+ "/-/preview/\" data-ucare-fallback=\"avatar\">");
	}

	@Test
	void aGroupFieldTakesSeveralFilesAsOneGroup() {
		String page = render(null);
		assertThat(page).contains("<uc-config ctx-name=\"gallery\"")
			.contains("multiple=\"true\"")
			.contains("group-output=\"true\"")
			.contains("<uc-file-uploader-inline ctx-name=\"gallery\"></uc-file-uploader-inline>")
			.doesNotContain("data-ucare-uploader=\"gallery\" data-ucare-prefill");
	}

	@Test
	void withoutAFormObjectNameAndValueSayWhatToPost() {
		assertThat(render(null)).contains("data-ucare-uploader=\"free-ctx\"")
			.contains("<uc-config ctx-name=\"free-ctx\"")
			.contains("store=\"false\"")
			.contains("<uc-form-input ctx-name=\"free-ctx\" name=\"free\"></uc-form-input>")
			.contains("value=\"x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")
			.doesNotContain("<script>alert(1)");
	}

	@Test
	void theCsrfTokenOfSpringSecurityGoesWithSignatureRequests() {
		assertThat(mvc.get()
			.uri("/app/uploader/form")
			.contextPath("/app")
			.requestAttr("_csrf", new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-123"))).hasStatusOk()
			.bodyText()
			.contains("data-ucare-csrf-header=\"X-CSRF-TOKEN\" data-ucare-csrf-token=\"token-123\"");
	}

	@Test
	void aRejectedValueStartsTheUploaderEmpty() {
		assertThat(mvc.post().uri("/app/uploader/form").contextPath("/app").param("avatar", "not-a-file")).hasStatusOk()
			.bodyText()
			.contains("<uc-config ctx-name=\"avatar\"")
			.doesNotContain("data-ucare-prefill")
			.doesNotContain("value=\"not-a-file\"");
	}

	@Test
	void optionsThatCannotBeSetPerFieldFailTheTemplate() {
		assertThat(mvc.get().uri("/app/uploader/bad").contextPath("/app")).failure()
			.hasMessageContaining("'pubkey' cannot be set per field");
	}

	@Test
	void otherTemplateEnginesReadTheModelAttribute() {
		assertThat(mvc.get().uri("/app/uploader/form").contextPath("/app")).model()
			.containsEntry("uploadcareUploader", config);
	}

	@Test
	void withoutThymeleafNoDialect() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(UploaderThymeleafAutoConfiguration.class))
			.withBean(UploaderConfig.class, () -> config)
			.withClassLoader(new FilteredClassLoader(org.thymeleaf.spring6.SpringTemplateEngine.class))
			.run(context -> assertThat(context).doesNotHaveBean(UploadcareDialect.class));
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(UploaderThymeleafAutoConfiguration.class))
			.withBean(UploaderConfig.class, () -> config)
			.run(context -> assertThat(context).hasSingleBean(UploadcareDialect.class));
	}

	private String render(String unused) {
		try {
			return mvc.get()
				.uri("/app/uploader/form")
				.contextPath("/app")
				.exchange()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String withoutSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	record Form(FileReference avatar, GroupReference gallery) {
	}

	@Controller
	static class Pages {

		@GetMapping("/uploader/form")
		String form(Model model, @RequestParam(required = false) String unused) {
			model.addAttribute("form", new Form(FileReference.parse(ID + "/-/preview/"), null));
			model.addAttribute("freeValue", "x\"><script>alert(1)</script>");
			return "uploader/form";
		}

		@org.springframework.web.bind.annotation.PostMapping("/uploader/form")
		String submit(@org.springframework.web.bind.annotation.ModelAttribute("form") Form form,
				org.springframework.validation.BindingResult result, Model model) {
			model.addAttribute("freeValue", "");
			return "uploader/form";
		}

		@GetMapping("/uploader/bad")
		String bad() {
			return "uploader/bad";
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Pages.class)
	static class App {

	}

}
