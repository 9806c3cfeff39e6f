package dev.ucare.sample.web;

import java.nio.charset.StandardCharsets;

import dev.ucare.client.files.FileInfo;
import dev.ucare.client.secure.SecureUrlBuilder;
import dev.ucare.client.upload.UploadOperations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** With secure delivery configured, the file page shows a signed CDN URL. */
@SpringBootTest(properties = { "uploadcare.secure-delivery.cdn-host=cdn.example.com",
		"uploadcare.secure-delivery.secret=0123456789abcdef0123456789abcdef" })
class SecureUrlPageTest {

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private UploadOperations uploads;

	@Test
	void filePageShowsASignedUrl() throws Exception {
		FileInfo file = uploads.upload("secret".getBytes(StandardCharsets.UTF_8));
		String html = MockMvcBuilders.webAppContextSetup(context)
			.build()
			.perform(get("/files/" + file.uuid()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"secure-url\"")
			.contains("https://cdn.example.com/")
			.contains(file.uuid())
			.contains("token=");
	}

	@Test
	void theSignerComesFromTheStarter() {
		assertThat(context.getBeanNamesForType(SecureUrlBuilder.class)).hasSize(1);
	}

}
