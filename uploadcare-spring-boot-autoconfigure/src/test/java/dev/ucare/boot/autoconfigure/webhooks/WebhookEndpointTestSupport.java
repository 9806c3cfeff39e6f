package dev.ucare.boot.autoconfigure.webhooks;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the tests of the webhook endpoint in a running application share: their
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} application imports
 * {@link WebhookRecorder}; each test starts with an empty recorder and posts
 * {@link #deliveries} to the endpoint's configured path.
 */
abstract class WebhookEndpointTestSupport {

	@LocalServerPort
	int port;

	@Value("${uploadcare.webhooks.path:" + WebhookDeliveries.DEFAULT_PATH + "}")
	String path;

	@Autowired
	WebhookRecorder recorder;

	@Autowired
	MeterRegistry meters;

	WebhookDeliveries deliveries;

	@BeforeEach
	void resetTheRecorderAndFindTheEndpoint() {
		recorder.reset();
		deliveries = new WebhookDeliveries(port, path);
	}

}
