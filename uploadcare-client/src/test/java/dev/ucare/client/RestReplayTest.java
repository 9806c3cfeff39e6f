package dev.ucare.client;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.ucare.client.files.ContentInfo;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileQuery;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.project.ProjectInfo;
import dev.ucare.client.testing.MatchOptions;
import dev.ucare.client.testing.ReplayServer;
import dev.ucare.client.webhooks.Webhook;
import dev.ucare.client.webhooks.WebhookEvent;
import dev.ucare.client.webhooks.WebhookRequest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the recorded REST traffic of files, groups, metadata, project and webhooks: the
 * client must send the recorded request and read the recorded response with nothing lost.
 */
class RestReplayTest {

	private static UploadcareClient client(ReplayServer server) {
		return UploadcareClient.builder()
			.publicKey("demopublickey")
			.secretKey("demosecretkey")
			.restBaseUrl(URI.create(server.baseUrl()))
			.build();
	}

	private static void replay(String recording, java.util.function.Consumer<UploadcareClient> calls) {
		replay(recording, MatchOptions.defaults(), calls);
	}

	private static void replay(String recording, MatchOptions options,
			java.util.function.Consumer<UploadcareClient> calls) {
		try (ReplayServer server = ReplayServer.start(recording)) {
			calls.accept(client(server));
			server.assertNoUnmatchedRequests();
			server.assertReplayed(options);
			assertThat(server.received()).allSatisfy(request -> {
				assertThat(request.header("Accept")).isEqualTo("application/vnd.uploadcare-v0.7+json");
				assertThat(request.header("Authorization")).matches("Uploadcare demopublickey:[0-9a-f]{40}");
				assertThat(request.header("Date")).endsWith(" GMT");
				assertThat(request.header("User-Agent")).startsWith("UploadcareJava/")
					.contains("/demopublickey (Java/");
			});
		}
	}

	@Test
	void projectInfo() {
		replay("test_get_project_info", uc -> {
			ProjectInfo project = uc.project().get();
			assertThat(project.name()).isEqualTo("demo");
			assertThat(project.pubKey()).isEqualTo("demopublickey");
			assertThat(project.autostoreEnabled()).isTrue();
			assertThat(project.collaborators())
				.containsExactly(new ProjectInfo.Collaborator("os@uploadcare.com", "os@uploadcare.com"));
		});
	}

	@Test
	void createWebhookSendsTheRecordedFormPlusPayloadVersion() {
		replay("test_create_webhook", MatchOptions.defaults().ignoringFields("version"), uc -> {
			Webhook webhook = uc.webhooks()
				.create(WebhookRequest
					.builder("https://webhook.site/699ba5a4-b178-41c7-b416-5d1b6739d052", WebhookEvent.FILE_UPLOADED)
					.active(true)
					.build());
			assertThat(webhook.id()).isEqualTo(847096);
			assertThat(webhook.event()).isEqualTo(WebhookEvent.FILE_UPLOADED);
			assertThat(webhook.targetUrl()).isEqualTo("https://webhook.site/699ba5a4-b178-41c7-b416-5d1b6739d052");
			assertThat(webhook.project()).isEqualTo(159);
			assertThat(webhook.isActive()).isTrue();
			assertThat(webhook.signingSecret()).isNull();
			assertThat(webhook.created()).isEqualTo(OffsetDateTime.parse("2021-10-06T14:34:59.112764Z"));
			assertThat(webhook.updated()).isEqualTo(OffsetDateTime.parse("2021-10-06T14:34:59.112787Z"));
		});
	}

	@Test
	void createWebhookAlwaysSendsVersion07() {
		try (ReplayServer server = ReplayServer.start("test_create_webhook")) {
			client(server).webhooks()
				.create(WebhookRequest
					.builder("https://webhook.site/699ba5a4-b178-41c7-b416-5d1b6739d052", WebhookEvent.FILE_UPLOADED)
					.build());
			assertThat(server.received().get(0).formFields()).containsEntry("version", List.of("0.7"));
		}
	}

	@Test
	void listUpdateAndDeleteWebhooks() {
		replay("test_list_webhooks", uc -> {
			List<Webhook> hooks = uc.webhooks().list();
			assertThat(hooks).hasSize(1);
			Webhook hook = hooks.get(0);
			assertThat(hook.id()).isEqualTo(847096);
			assertThat(hook.created()).isEqualTo(OffsetDateTime.parse("2021-10-06T11:16:01.716989Z"));
			assertThat(hook.updated()).isEqualTo(OffsetDateTime.parse("2021-10-06T11:16:01.717009Z"));
			assertThat(hook.event()).isEqualTo(WebhookEvent.FILE_UPLOADED);
			assertThat(hook.targetUrl()).isEqualTo("https://webhook.site/699ba5a4-b178-41c7-b416-5d1b6739d052");
			assertThat(hook.project()).isEqualTo(159);
			assertThat(hook.isActive()).isFalse();
			assertThat(hook.signingSecret()).isNull();
			assertThat(hook.version()).isNull();
		});
		replay("test_update_webhook", uc -> {
			Webhook updated = uc.webhooks().update(847096, WebhookRequest.builder().active(false).build());
			assertThat(updated.id()).isEqualTo(847096);
			assertThat(updated.isActive()).isFalse();
			assertThat(updated.updated()).isEqualTo(OffsetDateTime.parse("2021-10-06T14:37:54.715338Z"));
		});
		replay("test_delete_webhook", uc -> uc.webhooks().delete(847096));
	}

	@Test
	void metadataReadsAndWrites() {
		String uuid = "a55d6b25-d03c-4038-9838-6e06bb7df598";
		replay("test_get_all_metadata", uc -> assertThat(uc.metadata().getAll(uuid))
			.containsExactly(Map.entry("first_key", "first_value"), Map.entry("second_key", "any_others")));
		replay("test_get_empty_metadata",
				uc -> assertThat(uc.metadata().getAll("1a9c5240-7d9b-4473-851b-45fa4b0bed64")).isEmpty());
		replay("test_get_metadata_value_for_specific_key",
				uc -> assertThat(uc.metadata().get(uuid, "second_key")).contains("any_others"));
		replay("test_create_key_and_delete", uc -> {
			assertThat(uc.metadata().put(uuid, "-:45az_", "any string up to 512")).isEqualTo("any string up to 512");
			uc.metadata().delete(uuid, "-:45az_");
		});
	}

	@Test
	void fileWithAppdataKeepsEveryField() {
		replay("test_retrieve_fileinfo_with_appdata", uc -> {
			FileInfo file = uc.files().get("04bd49fa-466d-49e7-afd7-bac108055371", true);
			assertThat(file.uuid()).isEqualTo("04bd49fa-466d-49e7-afd7-bac108055371");
			assertThat(file.size()).isEqualTo(2738012L);
			assertThat(file.mimeType()).isEqualTo("image/jpeg");
			assertThat(file.isImage()).isTrue();
			assertThat(file.isReady()).isTrue();
			assertThat(file.originalFilename()).isEqualTo("IMG_8919.jpeg");
			assertThat(file.originalFileUrl())
				.isEqualTo("https://ucarecdn.com/04bd49fa-466d-49e7-afd7-bac108055371/IMG_8919.jpeg");
			assertThat(file.url()).isEqualTo("https://api.uploadcare.com/files/04bd49fa-466d-49e7-afd7-bac108055371/");
			assertThat(file.datetimeUploaded()).isEqualTo(OffsetDateTime.parse("2023-11-16T22:43:32.941596Z"));
			assertThat(file.datetimeStored()).isEqualTo(OffsetDateTime.parse("2023-11-16T22:43:33.133404Z"));
			assertThat(file.datetimeRemoved()).isNull();
			assertThat(file.stored()).isTrue();
			assertThat(file.metadata()).isEmpty();
			ContentInfo content = file.content().orElseThrow();
			assertThat(content.mime()).isEqualTo(new ContentInfo.Mime("image/jpeg", "image", "jpeg"));
			assertThat(content.image().width()).isEqualTo(3011);
			assertThat(content.image().height()).isEqualTo(4516);
			assertThat(content.image().dpi()).containsExactly(72, 72);
			assertThat(content.image().orientation()).isEqualTo(1);
			assertThat(content.image().datetimeOriginal())
				.isEqualTo(java.time.LocalDateTime.parse("2023-03-10T16:23:15"));
			assertThat(content.video()).isNull();
			assertThat(file.appdata().path("uc_clamav_virus_scan").path("data").path("infected").asBoolean()).isFalse();
			assertThat(file.appdata().path("uc_clamav_virus_scan").path("version").asString()).isEqualTo("1.0.1");
			assertThat(file.appdata().path("aws_rekognition_detect_labels").path("data").path("Labels")).hasSize(10);
		});
	}

	@Test
	void fileListParsesEveryFileAndTheCursor() {
		replay("test_file_info_has_new_structure", uc -> {
			Page<FileInfo> page = uc.files().list(FileQuery.all());
			assertThat(page.results()).hasSize(100).allSatisfy(file -> {
				assertThat(file.uuid()).matches("[0-9a-f-]{36}");
				assertThat(file.datetimeUploaded()).isNotNull();
				assertThat(file.url()).isEqualTo("https://api.uploadcare.com/files/" + file.uuid() + "/");
			});
			assertThat(page.hasNext()).isTrue();
			assertThat(page.next())
				.isEqualTo("https://api.uploadcare.com/files/?from=2023-06-26T13%3A32%3A29.963883%2B00%3A00&offset=0");
			assertThat(page.previous()).isNull();
			assertThat(page.total()).isZero();
			assertThat(page.perPage()).isEqualTo(100);
			assertThat(page.totals()).containsEntry("stored", -32094L).containsEntry("removed", 0L);
			FileInfo video = page.results()
				.stream()
				.filter(file -> file.uuid().equals("eb9164b9-f295-4602-92ef-f6cc75909957"))
				.findFirst()
				.orElseThrow();
			ContentInfo.Video info = video.content().orElseThrow().video();
			assertThat(info.duration()).isEqualTo(9433L);
			assertThat(info.format()).isEqualTo("mp4");
			assertThat(info.bitrate()).isEqualTo(864L);
			assertThat(info.audio()).containsExactly(new ContentInfo.AudioStream(94L, "aac", 44100L, 1));
			assertThat(info.video()).containsExactly(new ContentInfo.VideoStream(480, 360, 30.0, 726L, "h264"));
			assertThat(video.size()).isEqualTo(1019333L);
		});
	}

	@Test
	void groupWithFiles() {
		replay("test_get_file_group", uc -> {
			GroupInfo group = uc.groups().get("d496a4df-0b36-4281-8156-268ae9524d4a~1");
			assertThat(group.id()).isEqualTo("d496a4df-0b36-4281-8156-268ae9524d4a~1");
			assertThat(group.filesCount()).isEqualTo(1);
			assertThat(group.cdnUrl()).isEqualTo("https://ucarecdn.com/d496a4df-0b36-4281-8156-268ae9524d4a~1/");
			assertThat(group.url())
				.isEqualTo("https://api.uploadcare.com/groups/d496a4df-0b36-4281-8156-268ae9524d4a~1/");
			assertThat(group.datetimeCreated()).isEqualTo(OffsetDateTime.parse("2021-10-19T08:36:22.326641Z"));
			assertThat(group.datetimeStored()).isNull();
			assertThat(group.fileUuids()).containsExactly("94a2218e-3526-428a-945e-65fbc06e7b35");
			FileInfo file = group.files().get(0);
			assertThat(file.originalFilename()).isEqualTo("instellar_logo_main (1).png");
			assertThat(file.size()).isEqualTo(3303L);
			assertThat(file.defaultEffects()).isEmpty();
			assertThat(file.metadata()).isEqualTo(Map.of());
		});
	}

}
