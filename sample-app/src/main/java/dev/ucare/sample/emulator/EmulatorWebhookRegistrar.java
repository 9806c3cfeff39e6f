package dev.ucare.sample.emulator;

import java.util.EnumSet;
import java.util.Set;

import dev.ucare.client.webhooks.WebhookEvent;
import dev.ucare.client.webhooks.WebhookOperations;
import dev.ucare.client.webhooks.WebhookRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In emulator mode, subscribes the app's own webhook endpoint to every event once the
 * server listens, so that uploads, stores and deletes come back as
 * {@code UploadcareWebhookEvent}s. Against Uploadcare, webhooks are set up in the
 * dashboard instead (they need a public URL).
 */
@Component
@ConditionalOnProperty(name = EmulatorInitializer.EMULATOR_PROPERTY, havingValue = "true")
class EmulatorWebhookRegistrar {

	private static final Logger log = LoggerFactory.getLogger(EmulatorWebhookRegistrar.class);

	private static final Set<WebhookEvent> EVENTS = EnumSet.of(WebhookEvent.FILE_UPLOADED, WebhookEvent.FILE_STORED,
			WebhookEvent.FILE_DELETED, WebhookEvent.FILE_INFO_UPDATED, WebhookEvent.FILE_INFECTED);

	private final WebhookOperations webhooks;

	private final String signingSecret;

	private final String path;

	EmulatorWebhookRegistrar(WebhookOperations webhooks,
			@Value("${uploadcare.webhooks.signing-secret}") String signingSecret,
			@Value("${uploadcare.webhooks.path:/uploadcare/webhooks}") String path) {
		this.webhooks = webhooks;
		this.signingSecret = signingSecret;
		this.path = path;
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void register(ApplicationReadyEvent event) {
		Environment env = event.getApplicationContext().getEnvironment();
		String port = env.getProperty("local.server.port");
		if (port == null) {
			return; // no server (e.g. a mock web environment): nothing can receive
					// deliveries
		}
		String target = "http://127.0.0.1:" + port + path;
		for (WebhookEvent webhookEvent : EVENTS) {
			webhooks.create(WebhookRequest.builder(target, webhookEvent).signingSecret(signingSecret).build());
		}
		log.info("Registered webhook {} with the emulator for {}", target, EVENTS);
	}

}
