package dev.ucare.boot.autoconfigure;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.ucare.boot.autoconfigure.binding.FileReferenceFormatter;
import dev.ucare.boot.autoconfigure.binding.GroupReferenceFormatter;
import dev.ucare.boot.autoconfigure.uploader.UploadSignatureDecision;
import dev.ucare.boot.autoconfigure.uploader.UploaderConfig;
import dev.ucare.boot.autoconfigure.uploader.UploaderProperties;
import dev.ucare.boot.autoconfigure.uploader.UploaderSolution;
import dev.ucare.boot.autoconfigure.projects.UploadcareClients;
import dev.ucare.boot.autoconfigure.webhooks.FileDeletedEvent;
import dev.ucare.boot.autoconfigure.webhooks.FileInfectedEvent;
import dev.ucare.boot.autoconfigure.webhooks.FileInfoUpdatedEvent;
import dev.ucare.boot.autoconfigure.webhooks.FileStoredEvent;
import dev.ucare.boot.autoconfigure.webhooks.FileUploadedEvent;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookEvent;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookMetrics;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookProcessor;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookPublication;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.DeliveryClaim;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.InMemoryWebhookDeliveryStore;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeduplicationMetrics;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStore;
import dev.ucare.client.Store;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import dev.ucare.client.webhooks.WebhookPayload;
import dev.ucare.testsupport.NullArguments;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The null contract ({@link NullArguments}) of the types an application calls or builds
 * itself: webhook events (e.g. in its tests), the webhook processor and its builder, the
 * de-duplication claims and in-memory store, the uploader's configuration and signature
 * decisions, the reference formatters, the projects' clients. A parameter that is not
 * {@code @Nullable} refuses {@code null} at once with an {@link IllegalArgumentException}
 * naming it. Beans the auto-configuration wires are left out: Spring never passes them
 * {@code null}.
 */
class NullArgumentsTests {

	private static final String UUID = "3addab78-6368-4c55-ac08-22412b6a2a4c";

	private static final String BODY = "{\"hook\":{\"event\":\"file.uploaded\"},\"data\":{\"uuid\":\"" + UUID + "\"}}";

	@Test
	void theApplicationFacingApiRejectsNullNamingTheParameter() {
		WebhookPayload payload = WebhookPayload.parse(BODY.getBytes());
		UploaderConfig config = new UploaderConfig("https://x/s.js", "https://x/s.css", UploaderSolution.REGULAR, "pk",
				URI.create("https://upload.example.com/"), URI.create("https://cdn.example.com/"), null, null, null,
				null, null, null, null, List.of(), null, null, Map.of(), null, null);
		NullArguments.Result result = NullArguments
			.of(List.of(UploadcareWebhookEvent.class, FileUploadedEvent.class, FileStoredEvent.class,
					FileDeletedEvent.class, FileInfoUpdatedEvent.class, FileInfectedEvent.class,
					UploadcareWebhookProcessor.class, UploadcareWebhookProcessor.Builder.class, DeliveryClaim.class,
					InMemoryWebhookDeliveryStore.class, UploaderConfig.class, UploadSignatureDecision.class,
					FileReferenceFormatter.class, GroupReferenceFormatter.class, UploadcareClients.class))
			.instance(UploadcareWebhookProcessor.class, UploadcareWebhookProcessor.builder().publisher((event) -> {
			}).allowUnsigned(true).build())
			.instance(UploadcareWebhookProcessor.Builder.class, UploadcareWebhookProcessor.builder())
			.instance(UploadcareWebhookEvent.class, UploadcareWebhookEvent.of(payload, BODY, Instant.EPOCH, true))
			.instance(InMemoryWebhookDeliveryStore.class, new InMemoryWebhookDeliveryStore(Clock.systemUTC(), 10))
			.instance(UploaderConfig.class, config)
			.instance(FileReferenceFormatter.class, new FileReferenceFormatter(URI.create("https://cdn.example.com/")))
			.instance(GroupReferenceFormatter.class,
					new GroupReferenceFormatter(URI.create("https://cdn.example.com/")))
			// Spring calls the formatters' parse and print
			.ignore((executable) -> executable.getName().equals("parse") || executable.getName().equals("print"))
			.sample(WebhookPayload.class, () -> payload)
			.sampleFor(String.class, (parameter) -> switch (parameter.getName()) {
				case "body" -> BODY;
				case "text" -> UUID;
				case "attribute" -> "accept";
				case "ctxName" -> "ctx";
				default -> (parameter.getName().endsWith("Url")) ? "https://example.com/x" : "k";
			})
			.sample(byte[].class, BODY::getBytes)
			.sample(Instant.class, () -> Instant.EPOCH)
			.sample(Duration.class, () -> Duration.ofSeconds(30))
			.sample(Clock.class, Clock::systemUTC)
			.sample(URI.class, () -> URI.create("https://example.com/"))
			.sample(Locale.class, () -> Locale.ROOT)
			.sample(List.class, List::of)
			.sample(Map.class, Map::of)
			.sample(Store.class, () -> Store.AUTO)
			.sample(UploaderSolution.class, () -> UploaderSolution.REGULAR)
			.sample(ApplicationEventPublisher.class, () -> (ApplicationEventPublisher) (event) -> {
			})
			.sample(WebhookDeliveryStore.class, () -> new InMemoryWebhookDeliveryStore(Clock.systemUTC(), 10))
			.sample(UploadcareWebhookPublication.class, () -> UploadcareWebhookPublication.IN_REQUEST)
			.sample(UploadcareWebhookMetrics.class, () -> UploadcareWebhookMetrics.NONE)
			.sample(WebhookDeduplicationMetrics.class, () -> WebhookDeduplicationMetrics.NONE)
			.sample(DeliveryClaim.class, () -> DeliveryClaim.claimed("k", "t"))
			.sample(DeliveryClaim.Status.class, () -> DeliveryClaim.Status.CLAIMED)
			.sample(FileReference.class, () -> FileReference.of(UUID))
			.sample(GroupReference.class, () -> GroupReference.of(UUID + "~1"))
			.sample(UploadcareClient.class, () -> UploadcareClient.builder().publicKey("pk").build())
			.sample(UploaderProperties.class,
					() -> new UploaderProperties(UploaderProperties.DEFAULT_LOCATION, null, null,
							UploaderSolution.REGULAR, null, null, null, null, null, null, null, List.of(), null,
							Map.of(), false, null, "uploadcareUploader"))
			.check();
		assertThat(result.failures()).isEmpty();
		assertThat(result.checked()).hasSizeGreaterThan(40)
			.contains("UploadcareWebhookEvent(payload)", "FileUploadedEvent(receivedAt)",
					"UploadcareWebhookProcessor.Builder.publisher(publisher)",
					"UploadcareWebhookProcessor.process(body)", "DeliveryClaim.claimed(token)",
					"InMemoryWebhookDeliveryStore.claim(key)", "UploaderConfig.with(attribute)",
					"UploadSignatureDecision.deny(reason)", "FileReferenceFormatter(cdnBase)",
					"UploaderConfig.of(client)", "UploadcareClients.of(defaultClient)",
					"UploadcareClients.of(projects)");
	}

}
