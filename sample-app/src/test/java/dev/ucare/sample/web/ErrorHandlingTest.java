package dev.ucare.sample.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Bad input ends on a page with a clear message and a 4xx status, never a stack trace.
 * Runs against the embedded emulator (no key configured).
 */
@SpringBootTest
class ErrorHandlingTest {

	@Autowired
	private WebApplicationContext context;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).build();
	}

	@Test
	void emptyFileIsRefused() throws Exception {
		assertProblem(
				multipart("/uploads").file(new MockMultipartFile("files", "empty.txt", "text/plain", new byte[0])), 400,
				"Choose at least one file to upload");
	}

	@Test
	void uploadWithoutAnyFileIsRefused() throws Exception {
		assertProblem(multipart("/uploads"), 400, "Choose at least one file to upload");
	}

	@Test
	void nonHttpUrlIsRefused() throws Exception {
		assertProblem(post("/uploads/from-url").param("url", "ftp://example.com/a.png"), 400, "is not an http(s) URL");
	}

	@Test
	void blankUrlIsRefused() throws Exception {
		assertProblem(post("/uploads/from-url").param("url", "  "), 400, "Enter the URL of a file to upload");
	}

	@Test
	void malformedUrlIsRefused() throws Exception {
		assertProblem(post("/uploads/from-url").param("url", "http://exa mple.com/"), 400, "is not a valid URL");
	}

	@Test
	void urlThatCannotBeFetchedGivesAMessage() throws Exception {
		MvcResult result = assertProblem(post("/uploads/from-url").param("url", "http://127.0.0.1:1/missing.png"), 400,
				"From-URL upload of http://127.0.0.1:1/missing.png failed");
		// Uploadcare's (here the emulator's) status text, shown as it is, names the
		// cause; it is the only place the page mentions an exception
		assertThat(result.getResponse().getContentAsString())
			.containsOnlyOnce("Network error fetching 127.0.0.1:1: java.net.ConnectException");
	}

	@Test
	void unknownUuidIsNotFound() throws Exception {
		assertProblem(get("/files/3e6ba70b-0cd6-4b4c-9b0a-3a8d5c6f8e1d"), 404, "Uploadcare does not know it");
	}

	@Test
	void deletingAnUnknownUuidIsNotFound() throws Exception {
		assertProblem(post("/files/3e6ba70b-0cd6-4b4c-9b0a-3a8d5c6f8e1d/delete"), 404, "Uploadcare does not know it");
	}

	@Test
	void malformedUuidIsRefused() throws Exception {
		assertProblem(get("/files/not-a-uuid"), 400, "is not a file UUID");
	}

	@Test
	void unknownConversionFormatIsRefused() throws Exception {
		assertProblem(post("/files/3e6ba70b-0cd6-4b4c-9b0a-3a8d5c6f8e1d/convert").param("kind", "document")
			.param("format", "exe"), 400, "is not a document format");
	}

	@Test
	void unknownUploadJobIsNotFound() throws Exception {
		assertProblem(get("/uploads/nope"), 404, "No upload job");
	}

	@Test
	void groupWithoutFilesIsRefused() throws Exception {
		assertProblem(post("/groups"), 400, "Select at least one file");
	}

	@Test
	void unknownStoreChoiceIsRefused() throws Exception {
		assertProblem(post("/uploads/from-url").param("url", "http://127.0.0.1:1/a.png").param("store", "sometimes"),
				400, "is not a store choice");
	}

	@Test
	void noSignedUrlsWithoutSecureDelivery() {
		assertThat(context.getBeanNamesForType(dev.ucare.client.secure.SecureUrlBuilder.class)).isEmpty();
	}

	@Test
	void homePageSaysItRunsOnTheEmulator() throws Exception {
		MvcResult result = mvc.perform(get("/")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("embedded Uploadcare emulator");
	}

	private MvcResult assertProblem(RequestBuilder request, int status, String message) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertProblem(result, status, message);
		return result;
	}

	private static void assertProblem(MvcResult result, int status, String message) throws Exception {
		// a from-URL upload's status text names the network error's exception classes
		String body = result.getResponse()
			.getContentAsString()
			.replaceAll("Network error fetching [^<]*\\(DownloadFileHTTPNetworkError\\)", "");
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
		assertThat(body).contains("id=\"problem-message\"")
			.contains(message)
			.doesNotContain("id=\"flash\"")
			.doesNotContain("Exception")
			.doesNotContain("\tat ")
			.doesNotContain("at dev.ucare");
		assertThat(body.split(java.util.regex.Pattern.quote(message), -1)).as("the message is shown once").hasSize(2);
	}

}
