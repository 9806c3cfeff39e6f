package dev.ucare.sample.web;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucare.client.upload.UploadOperations;
import dev.ucare.client.upload.UploadOptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The file list pages with Uploadcare's cursor, newest first, without gaps or repeats.
 */
@SpringBootTest
class FilePagingTest {

	private static final Pattern ROW = Pattern.compile("data-uuid=\"([0-9a-f-]{36})\"");

	private static final Pattern NEXT = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"");

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private UploadOperations uploads;

	@Test
	void pagesThroughAllFiles() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
		Set<String> uploaded = new HashSet<>();
		for (int i = 0; i < FileController.PAGE_SIZE + 3; i++) {
			uploaded.add(
					uploads
						.upload(("file " + i).getBytes(StandardCharsets.UTF_8),
								UploadOptions.builder().filename("f" + i + ".txt").build())
						.uuid());
		}
		Set<String> seen = new HashSet<>();
		String path = "/files";
		int pages = 0;
		while (path != null && pages++ < 10) {
			String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
			Matcher rows = ROW.matcher(html);
			int count = 0;
			while (rows.find()) {
				assertThat(seen.add(rows.group(1))).as("repeated %s", rows.group(1)).isTrue();
				count++;
			}
			assertThat(count).isLessThanOrEqualTo(FileController.PAGE_SIZE);
			Matcher next = NEXT.matcher(html);
			path = next.find() ? HtmlUtils.htmlUnescape(next.group(1)) : null;
		}
		assertThat(pages).isGreaterThanOrEqualTo(2);
		assertThat(seen).containsAll(uploaded);
	}

}
