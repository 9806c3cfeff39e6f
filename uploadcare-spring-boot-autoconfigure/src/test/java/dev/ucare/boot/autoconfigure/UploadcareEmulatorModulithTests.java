package dev.ucare.boot.autoconfigure;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ucare.client.UploadcareClient;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.spring.AutoConfigureUploadcareEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.modulith.events.support.PersistentApplicationEventMulticaster;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureUploadcareEmulator} in an application with Spring Modulith's event
 * publication registry, whose multicaster calls every listener directly: the test glue's
 * listener that closes the emulator with the context takes only its own event (a lambda
 * listener was called with every event and failed the context with a
 * {@link ClassCastException}). Runs in the Surefire execution with Spring Modulith on the
 * class path.
 */
@SpringBootTest(properties = { "uploadcare.public-key=pk-of-the-application",
		"spring.datasource.url=jdbc:h2:mem:emulator-glue;DB_CLOSE_DELAY=-1",
		"spring.modulith.events.jdbc.schema-initialization.enabled=true" })
@AutoConfigureUploadcareEmulator
class UploadcareEmulatorModulithTests {

	@Autowired
	AbstractApplicationContext context;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	UploadcareEmulator emulator;

	@Autowired
	UploadcareClient client;

	@Autowired
	App app;

	@Test
	void eventsReachTheApplicationThroughModulithsMulticasterAndTheClientTalksToTheEmulator() {
		assertThat(context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
				ApplicationEventMulticaster.class))
			.isInstanceOf(PersistentApplicationEventMulticaster.class);

		publisher.publishEvent("hello");

		assertThat(app.received).containsExactly("hello");
		assertThat(client.project().get().pubKey()).isEqualTo(emulator.publicKey());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

		final List<String> received = new CopyOnWriteArrayList<>();

		@EventListener
		void on(String event) {
			received.add(event);
		}

	}

}
