package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import java.net.ConnectException;
import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;

/** A store whose database is down: every operation fails as a JDBC store's would. */
public class FailingStore implements WebhookDeliveryStore {

	private static DataAccessResourceFailureException down() {
		return new DataAccessResourceFailureException("Could not get a connection",
				new ConnectException("Connection refused"));
	}

	@Override
	public String name() {
		return "failing";
	}

	@Override
	public DeliveryClaim claim(String key, Duration lease) {
		throw down();
	}

	@Override
	public boolean complete(DeliveryClaim claim, Duration retention) {
		throw down();
	}

	@Override
	public void release(DeliveryClaim claim) {
		throw down();
	}

	@Override
	public int purgeExpired() {
		throw down();
	}

	@Override
	public void check() {
		throw down();
	}

}
