package dev.ucare.client.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.Store;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.testing.MatchOptions;
import dev.ucare.client.testing.Cassette;
import dev.ucare.client.testing.ReplayServer;

import org.junit.jupiter.api.Test;

/**
 * Replays the shared recordings of real Upload API traffic: the requests this client
 * sends for the same operations must match the recorded ones. A direct upload is followed
 * by {@code GET /info/} (the recordings stop after {@code /base/}), so an inline
 * interaction in the recorded format serves it.
 */
class UploadsReplayTest {

	private static UploadcareClient.Builder client(ReplayServer server) {
		URI base = URI.create(server.baseUrl());
		return UploadcareClient.builder()
			.publicKey("demopublickey")
			.uploadBaseUrl(base)
			.restBaseUrl(base)
			.retry(RetrySettings.NONE);
	}

	private static Cassette info(String uuid, String filename, long size) {
		String json = "{\"uuid\":\"" + uuid + "\",\"file_id\":\"" + uuid + "\",\"size\":" + size + ",\"total\":" + size
				+ ",\"done\":" + size + ",\"original_filename\":\"" + filename + "\",\"filename\":\"" + filename
				+ "\",\"mime_type\":\"text/plain\",\"is_image\":false,\"is_stored\":true,\"is_ready\":true,"
				+ "\"image_info\":null,\"video_info\":null,\"content_info\":{\"mime\":{\"mime\":\"text/plain\","
				+ "\"type\":\"text\",\"subtype\":\"plain\"}},\"metadata\":{}}";
		return Cassette.parse("info-" + uuid, """
				interactions:
				- request:
				    body: null
				    headers: {}
				    method: GET
				    uri: https://upload.uploadcare.com/info/?pub_key=demopublickey&file_id=%s
				  response:
				    content: '%s'
				    headers:
				      Content-Type:
				      - application/json
				    status_code: 200
				version: 1
				""".formatted(uuid, json));
	}

	@Test
	void directUploadMatchesTestUploadFile() {
		String uuid = "96e0a8f8-91f3-4162-907d-2d67d36ebae8";
		try (ReplayServer server = ReplayServer.builder()
			.recordings("test_upload_file")
			.recording(info(uuid, "file.txt", 4))
			.start()) {
			FileInfo file = client(server).build()
				.uploads()
				.upload("test".getBytes(), UploadOptions.builder().filename("file.txt").store(Store.AUTO).build());

			assertThat(file.uuid()).isEqualTo(uuid);
			assertThat(file.content()).get().satisfies(c -> assertThat(c.mime().mime()).isEqualTo("text/plain"));
			server.assertReplayed(MatchOptions.defaults().ignoringFileNames());
		}
	}

	@Test
	void signedUploadWithMetadataMatchesTestUploadFileSecureWithMetadata() {
		String uuid = "a55d6b25-d03c-4038-9838-6e06bb7df598";
		try (ReplayServer server = ReplayServer.builder()
			.recordings("test_upload_file_secure_with_metadata")
			.recording(info(uuid, "sample1.txt", 5))
			.start()) {
			// the recorded expire 1664928854 with a 60 s lifetime: the computed signature
			// equals the recorded one
			Clock clock = Clock.fixed(Instant.ofEpochSecond(1664928854L - 60), ZoneOffset.UTC);
			UploadcareClient signed = client(server).secretKey("demosecretkey")
				.signedUploads(true)
				.signatureTtl(Duration.ofSeconds(60))
				.clock(clock)
				.build();

			FileInfo file = signed.uploads()
				.upload("test1".getBytes(),
						UploadOptions.builder()
							.filename("file851.txt")
							.metadata(Map.of("first_key", "first_value", "second_key", "any_others"))
							.build());

			assertThat(file.uuid()).isEqualTo(uuid);
			server.assertReplayed(MatchOptions.defaults().ignoringFileNames());
		}
	}

	@Test
	void signedUploadMatchesTestUploadFileSecure() {
		String uuid = "a98771c2-49aa-4c73-9f1a-7da37106383d";
		try (ReplayServer server = ReplayServer.builder()
			.recordings("test_upload_file_secure")
			.recording(info(uuid, "file.txt", 4))
			.start()) {
			UploadcareClient signed = client(server).secretKey("demosecretkey").signedUploads(true).build();

			FileInfo file = signed.uploads()
				.upload("test".getBytes(), UploadOptions.builder().filename("file.txt").build());

			assertThat(file.uuid()).isEqualTo(uuid);
			// the recording's secret was filtered out, so its signature cannot be
			// reproduced: presence only
			server.assertReplayed(MatchOptions.defaults().ignoringFileNames().ignoringValuesOf("signature", "expire"));
		}
	}

	@Test
	void multipartUploadMatchesTestMultipartUpload() {
		try (ReplayServer server = ReplayServer.start("test_multipart_upload")) {
			byte[] bytes = new byte[11_000_000];
			FileInfo file = client(server).build()
				.uploads()
				.upload(bytes, UploadOptions.builder().filename("file.txt").contentType("text/plain").build());

			assertThat(file.uuid()).isEqualTo("eaccb6d4-6080-4f61-a294-12603e7bca5f");
			assertThat(file.filename()).isEqualTo("file.txt");
			assertThat(file.originalFilename()).isEqualTo("file.txt");
			assertThat(file.size()).isEqualTo(11_000_000);
			assertThat(file.stored()).isFalse();
			// pyuploadcare sent neither part_size nor the store value (we always send
			// both: spec §1.1, §1.3);
			// the recorded completion used another project's key
			server.assertReplayed(MatchOptions.defaults()
				.ignoringFields("part_size", "UPLOADCARE_STORE")
				.ignoringValuesOf("UPLOADCARE_PUB_KEY"));
		}
	}

}
