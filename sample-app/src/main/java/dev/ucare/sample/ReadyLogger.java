package dev.ucare.sample;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where the app can be opened once it is ready. */
@Component
class ReadyLogger {

	private static final Logger log = LoggerFactory.getLogger(ReadyLogger.class);

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void onReady(ApplicationReadyEvent event) {
		Environment env = event.getApplicationContext().getEnvironment();
		String port = env.getProperty("local.server.port");
		if (port != null) {
			SampleMode mode = event.getApplicationContext().getBean(SampleMode.class);
			log.info("Sample app ready at http://localhost:{}/ ({})", port,
					mode.emulator() ? "embedded Uploadcare emulator" : "Uploadcare at " + mode.restBaseUrl());
		}
	}

}
