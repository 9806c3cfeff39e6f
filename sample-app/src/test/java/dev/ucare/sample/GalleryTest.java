package dev.ucare.sample;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.ucare.client.Store;
import dev.ucare.client.cdn.CdnUrls;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.sample.gallery.GalleryItem;
import dev.ucare.sample.gallery.GalleryItems;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gallery behind the browser upload page, over HTTP without a browser: what the form
 * accepts is saved as a {@link GalleryItem} (H2), whose picture is stored once the item
 * is committed and deleted once the item is removed; a rejected form saves and stores
 * nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GalleryTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private UploadOperations uploads;

	@Autowired
	private CdnUrls cdn;

	@Autowired
	private GalleryItems items;

	@Autowired
	private UploadcareEmulator emulator;

	@Test
	void aSavedItemStoresItsPictureAndRemovingItDeletesIt() throws Exception {
		FileInfo picture = unstoredImage();
		HttpResponse<String> saved = post("/browser-upload", "title", "A gradient", "picture",
				cdn.url(picture.uuid()) + "-/preview/100x100/gradient.png");
		assertThat(saved.statusCode()).isEqualTo(302);
		GalleryItem item = items.findAll()
			.stream()
			.filter((candidate) -> candidate.getPicture().uuid().equals(picture.uuid()))
			.findFirst()
			.orElseThrow();
		assertThat(item.getPicture().operations()).containsExactly("preview/100x100");
		assertThat(saved.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/browser-upload?saved=" + item.getId()));
		assertThat(emulator.file(picture.uuid()).orElseThrow().isStored()).isTrue();

		String page = get("/browser-upload?saved=" + item.getId());
		assertThat(page).contains("<span id=\"saved-title\">A gradient</span>")
			.contains("<strong id=\"saved-stored\">yes</strong>")
			.contains("id=\"item-" + item.getId() + "\"");

		assertThat(post("/browser-upload/" + item.getId() + "/delete").statusCode()).isEqualTo(302);
		assertThat(items.findById(item.getId())).isEmpty();
		assertThat(emulator.file(picture.uuid()).orElseThrow().isRemoved()).isTrue();
		assertThat(get("/browser-upload?saved=" + item.getId()))
			.contains("The saved picture is no longer in the gallery.");
	}

	@Test
	void aRejectedFormSavesAndStoresNothing() throws Exception {
		FileInfo picture = unstoredImage();
		long before = items.count();
		HttpResponse<String> rejected = post("/browser-upload", "title", " ", "picture",
				cdn.url(picture.uuid()).toString());
		assertThat(rejected.statusCode()).isEqualTo(200);
		assertThat(rejected.body()).contains("id=\"title-error\"");
		assertThat(items.count()).isEqualTo(before);
		assertThat(emulator.file(picture.uuid()).orElseThrow().isStored()).isFalse();
	}

	private FileInfo unstoredImage() throws IOException {
		try (InputStream image = new ClassPathResource("static/sample/gradient.png").getInputStream()) {
			return uploads.upload(image.readAllBytes(),
					UploadOptions.builder().filename("gradient.png").store(Store.FALSE).build());
		}
	}

	private String get(String path) throws IOException, InterruptedException {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private HttpResponse<String> post(String path, String... fields) throws IOException, InterruptedException {
		return http.send(Forms.post(URI.create("http://localhost:" + port + path), fields).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
