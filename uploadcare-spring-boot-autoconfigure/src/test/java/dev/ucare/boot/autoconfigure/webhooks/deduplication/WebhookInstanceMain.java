package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import java.util.concurrent.CountDownLatch;

import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookEvent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application instance in its own JVM, to be killed mid-delivery: its listener prints
 * {@code RUNNING <uuid>} and then never returns, as if the process were stuck or dying.
 * Prints {@code LISTENING <port>} once it serves. Arguments are Spring Boot properties.
 */
public final class WebhookInstanceMain {

	private WebhookInstanceMain() {
	}

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(WebhookInstances.InstanceApp.class);
		application.addInitializers((context) -> context.addApplicationListener(new HangingListener()));
		ConfigurableApplicationContext context = application.run(args);
		System.out.println("LISTENING " + ((WebServerApplicationContext) context).getWebServer().getPort());
		System.out.flush();
	}

	/**
	 * Prints {@code RUNNING <uuid>} for a webhook event, then never returns. A typed
	 * class, not a lambda, so that the event type it takes is known: a lambda would be
	 * given every event, which Spring Modulith's multicaster does not forgive.
	 */
	static final class HangingListener implements ApplicationListener<PayloadApplicationEvent<?>> {

		private final CountDownLatch never = new CountDownLatch(1);

		@Override
		public void onApplicationEvent(PayloadApplicationEvent<?> published) {
			if (!(published.getPayload() instanceof UploadcareWebhookEvent event)) {
				return;
			}
			System.out.println("RUNNING " + event.file().uuid());
			System.out.flush();
			try {
				never.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
