package dev.ucare.client.internal.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import dev.ucare.client.Page;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.addons.AddonParams;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileQuery;
import dev.ucare.client.internal.Json;
import dev.ucare.client.testing.Cassette;
import dev.ucare.client.testing.EmulatorClients;
import dev.ucare.client.testing.SameAsMapper;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.emulator.SeedFile;
import dev.ucare.emulator.UploadcareEmulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.node.NullNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast readers of the REST API's file object and page of files read exactly what the
 * mapper reads, over recorded and emulated answers and crafted edge cases, and leave to
 * the mapper (its values and its errors) every shape they do not reproduce.
 */
class FileInfoJsonTest {

	private static final TypeReference<Page<FileInfo>> PAGE = new TypeReference<>() {
	};

	private static final String DATES = "\"datetime_uploaded\":\"2021-09-29T13:47:47.840857Z\","
			+ "\"datetime_stored\":\"2021-09-29T13:47:48+00:00\",\"datetime_removed\":null";

	private static byte[] utf8(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	private static void assertSameFile(String what, byte[] body) {
		SameAsMapper.assertSameOutcome(what, () -> Json.mapper().readValue(body, FileInfo.class),
				() -> Json.read(body, FileInfoJson.FILE, FileInfo.class), SameAsMapper::assertSameFile);
	}

	private static void assertSamePage(String what, byte[] body) {
		SameAsMapper.assertSameOutcome(what, () -> Json.mapper().readValue(body, PAGE),
				() -> Json.read(body, FileInfoJson.PAGE, PAGE), SameAsMapper::assertSamePage);
	}

	/** Read without the mapper, as the mapper reads it. */
	private static void assertFastFile(String json) {
		assertThat(FileInfoJson.FILE.read(utf8(json))).as(json).isNotNull();
		assertSameFile(json, utf8(json));
	}

	@Test
	void recordedFileObjectsReadWithoutTheMapper() {
		int files = 0;
		int pages = 0;
		for (Cassette cassette : Cassette.loadAll()) {
			for (Cassette.Interaction interaction : cassette.interactions()) {
				byte[] body = utf8(interaction.body());
				// every body, whatever it is: the same file or the same error
				assertSameFile(interaction.describe(), body);
				assertSamePage(interaction.describe(), body);
				String path = interaction.request().uri().getPath();
				if (interaction.status() == 200 && path.matches("/files/[0-9a-f-]{36}/(storage/)?")) {
					assertThat(FileInfoJson.FILE.read(body)).as(interaction.describe()).isNotNull();
					files++;
				}
				if (interaction.status() == 200 && path.equals("/files/")) {
					Page<FileInfo> page = FileInfoJson.PAGE.read(body);
					assertThat(page).as(interaction.describe()).isNotNull();
					assertThat(page.results()).hasSize(100);
					pages++;
				}
			}
		}
		assertThat(files).as("recorded REST file objects").isGreaterThanOrEqualTo(1);
		assertThat(pages).as("recorded pages of files").isGreaterThanOrEqualTo(1);
	}

	@Test
	void emulatedFilesAndPagesReadWithoutTheMapper() throws Exception {
		try (UploadcareEmulator emulator = EmulatorClients.startForJobs();
				UploadcareClient client = EmulatorClients.jobsClient(emulator)) {
			String image = emulator.seedFile(SeedFile.of(null, "photo.png", png()).withStored(true)).uuid();
			client.addons().executeAndWait(image, AddonParams.awsRekognitionLabels());
			emulator.seedFile(SeedFile.of(null, "notes \"ü\".txt", utf8("notes"))
				.withMetadata(Map.of("subsystem", "tests", "note", "ünïcode \"quoted\"")));
			String removed = client.uploads()
				.upload(utf8("gone"), UploadOptions.builder().filename("g.txt").build())
				.uuid();
			client.files().delete(removed);
			List<String> paths = new ArrayList<>(List.of("files/?limit=100", "files/?limit=1&include=appdata",
					"files/?limit=100&removed=true", "files/?limit=100&include=appdata&ordering=-datetime_uploaded"));
			List<String> uuids = client.files()
				.list(FileQuery.builder().limit(100).build())
				.results()
				.stream()
				.map(FileInfo::uuid)
				.toList();
			for (String uuid : uuids) {
				paths.add("files/" + uuid + "/");
				paths.add("files/" + uuid + "/?include=appdata");
			}
			paths.add("files/" + removed + "/");

			HttpClient http = HttpClient.newHttpClient();
			for (String uuid : uuids) {
				URI info = emulator.uploadBaseUrl()
					.resolve("info/?pub_key=" + emulator.publicKey() + "&file_id=" + uuid);
				HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(info).build(),
						HttpResponse.BodyHandlers.ofByteArray());
				assertThat(answer.statusCode()).as(info.toString()).isEqualTo(200);
				byte[] body = answer.body();
				assertThat(Json.tree(body).path("uuid").asString()).isEqualTo(uuid);
				SameAsMapper.assertSameTreeAsMapper(info.toString(), body);
			}
			for (String path : paths) {
				byte[] body = get(http, emulator, path);
				if (path.startsWith("files/?")) {
					assertThat(FileInfoJson.PAGE.read(body)).as(path).isNotNull();
					assertSamePage(path, body);
				}
				else {
					assertThat(FileInfoJson.FILE.read(body)).as(path).isNotNull();
					assertSameFile(path, body);
				}
			}
			FileInfo withAppdata = FileInfoJson.FILE.read(get(http, emulator, "files/" + image + "/?include=appdata"));
			assertThat(withAppdata.appdata().findValue("Confidence").isDouble()).as("floats as in the recordings")
				.isTrue();
		}
	}

	/** The REST API's raw answer to {@code GET path}. */
	private static byte[] get(HttpClient http, UploadcareEmulator emulator, String path) throws Exception {
		HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(emulator.restBaseUrl().resolve(path))
			.header("Accept", "application/vnd.uploadcare-v0.7+json")
			.header("Authorization", "Uploadcare.Simple " + emulator.publicKey() + ":" + emulator.secretKey())
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		return answer.body();
	}

	private static byte[] png() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"uuid\":\"a\"}",
			"{\"uuid\":\"a\",\"size\":0,\"is_image\":false,\"is_ready\":true,\"mime_type\":\"\"," + DATES + "}",
			"{\"uuid\":\"a\",\"datetime_uploaded\":null,\"datetime_stored\":null,\"datetime_removed\":null,"
					+ "\"is_image\":null,\"is_ready\":null,\"mime_type\":null,\"original_filename\":null,"
					+ "\"original_file_url\":null,\"size\":null,\"url\":null,\"variations\":null,\"content_info\":null,"
					+ "\"metadata\":null,\"appdata\":null,\"source\":null,\"default_effects\":null,\"filename\":null}",
			"{\"unknown\":{\"x\":[1,{\"y\":null}],\"z\":\"w\"},\"uuid\":\"a\",\"more\":[[]],\"size\":9223372036854775807}",
			"{\"uuid\":\"\\u00e9\\ud83d\\ude00\",\"original_filename\":\"caf\\u00e9 \\\"q\\\"\\n.txt\",\"url\":\"\"}",
			"{\"uuid\":\"a\",\"metadata\":{\"k\":\"v\",\"n\":null,\"k\":\"w\",\"\":\"\"}}",
			"{\"uuid\":\"a\",\"metadata\":{}}",
			"{\"uuid\":\"a\",\"content_info\":{\"mime\":{\"mime\":\"image/png\"},\"image\":{\"width\":8,"
					+ "\"dpi\":[72.0,72],\"big\":123456789012345678901234567890,\"long\":4294967296,\"geo\":null,"
					+ "\"dup\":1,\"dup\":2}}}",
			"{\"uuid\":\"a\",\"variations\":{\"video/-/format/mp4/\":\"b\"},\"appdata\":{\"x\":{\"data\":[1.5]}}}",
			"{\"uuid\":\"a\",\"variations\":5,\"content_info\":\"text\",\"appdata\":[]}",
			"{\"uuid\":\"a\",\"size\":-1,\"datetime_uploaded\":\"2024-02-29T23:59:59.123456789Z\"}" })
	void shapesItTakesReadWithoutTheMapper(String json) {
		assertFastFile(json);
	}

	@Test
	void aNullTreeIsTheNullNodeAndAMissingOneNull() {
		FileInfo file = FileInfoJson.FILE.read(utf8("{\"uuid\":\"a\",\"variations\":null}"));

		assertThat(file.variations()).isSameAs(NullNode.getInstance());
		assertThat(file.contentInfo()).isNull();
		assertThat(file.metadata()).isEmpty();
	}

	/**
	 * Shapes the mapper coerces, rejects or reads in ways the fast reader does not
	 * reproduce: the mapper reads them (the same value or the same error as before).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "{\"uuid\":\"a\",\"size\":\"123\"}", "{\"uuid\":\"a\",\"size\":1.5}",
			"{\"uuid\":\"a\",\"size\":123456789012345678901234567890}", "{\"uuid\":\"a\",\"size\":true}",
			"{\"uuid\":\"a\",\"size\":\"x\"}", "{\"uuid\":5}", "{\"uuid\":\"a\",\"mime_type\":5}",
			"{\"uuid\":\"a\",\"mime_type\":{}}", "{\"uuid\":\"a\",\"is_image\":\"true\"}",
			"{\"uuid\":\"a\",\"is_image\":1}", "{\"uuid\":\"a\",\"datetime_uploaded\":\"2021-01-01T00:00:00+03:00\"}",
			"{\"uuid\":\"a\",\"datetime_uploaded\":\"\"}", "{\"uuid\":\"a\",\"datetime_uploaded\":1632923267}",
			"{\"uuid\":\"a\",\"datetime_uploaded\":\"2021-02-30T00:00:00Z\"}",
			"{\"uuid\":\"a\",\"datetime_uploaded\":\"yesterday\"}", "{\"uuid\":\"a\",\"metadata\":{\"k\":1}}",
			"{\"uuid\":\"a\",\"metadata\":{\"k\":{}}}", "{\"uuid\":\"a\",\"metadata\":[]}",
			"{\"uuid\":\"a\",\"metadata\":\"x\"}", "{\"uuid\":\"a\",\"uuid\":\"b\"}",
			"{\"uuid\":\"a\",\"size\":1,\"size\":2}", "{\"size\":5}", "{\"uuid\":null}", "{}", "{\"uuid\":\"a\"}{}",
			"{\"uuid\":\"a\"} 5", "{\"uuid\":\"a\"} x", "{\"uuid\":\"a\",\"size\":", "{\"uuid\":\"a\"",
			"{\"uuid\":\"a\",}", "[]", "[{\"uuid\":\"a\"}]", "\"a\"", "null", "5", "", " " })
	void otherShapesGoToTheMapper(String json) {
		assertThat(FileInfoJson.FILE.read(utf8(json))).as(json).isNull();
		assertSameFile(json, utf8(json));
	}

	@Test
	void everyComponentPresentReadsAsTheMapperReadsIt() {
		assertFastFile("{\"uuid\":\"a\"," + DATES + ",\"is_image\":true,\"is_ready\":false,\"mime_type\":\"m\","
				+ "\"original_filename\":\"o\",\"original_file_url\":\"u\",\"size\":1,\"url\":\"r\","
				+ "\"variations\":{},\"content_info\":{},\"metadata\":{},\"appdata\":{},\"source\":\"s\","
				+ "\"default_effects\":\"-/resize/1x/\",\"filename\":\"f\",\"after\":[1]}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"results\":[]}",
			"{\"next\":\"https://api.uploadcare.com/files/?from=x\",\"previous\":null,\"total\":2,\"per_page\":100,"
					+ "\"totals\":{\"removed\":0,\"stored\":2,\"unstored\":0},\"results\":[{\"uuid\":\"a\",\"size\":1},"
					+ "{\"uuid\":\"b\",\"metadata\":{\"k\":\"v\"},\"x\":{}}]}",
			"{\"results\":null,\"next\":null,\"total\":null,\"per_page\":null,\"totals\":null,\"more\":[1,2]}",
			"{\"total\":-5,\"per_page\":2147483647,\"totals\":{}}" })
	void pagesReadWithoutTheMapper(String json) {
		assertThat(FileInfoJson.PAGE.read(utf8(json))).as(json).isNotNull();
		assertSamePage(json, utf8(json));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"results\":[null]}", "{\"results\":[5]}", "{\"results\":{}}",
			"{\"results\":[{\"uuid\":\"a\",\"size\":\"1\"}]}", "{\"results\":[{\"size\":1}]}",
			"{\"totals\":{\"stored\":null}}", "{\"totals\":{\"stored\":\"1\"}}", "{\"totals\":[]}",
			"{\"per_page\":3000000000}", "{\"per_page\":1.0}", "{\"total\":\"5\"}", "{\"next\":5}",
			"{\"next\":null,\"next\":\"x\"}", "{\"results\":[]}{}", "{\"results\":[", "[]", "null", "" })
	void otherPageShapesGoToTheMapper(String json) {
		assertThat(FileInfoJson.PAGE.read(utf8(json))).as(json).isNull();
		assertSamePage(json, utf8(json));
	}

}
