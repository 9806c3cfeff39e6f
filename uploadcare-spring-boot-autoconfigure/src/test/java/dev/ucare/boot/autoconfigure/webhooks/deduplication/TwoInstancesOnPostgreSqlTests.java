package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import java.util.List;

import dev.ucare.boot.autoconfigure.TestServers;

/** Two instances sharing the JDBC store on a real PostgreSQL. */
class TwoInstancesOnPostgreSqlTests extends TwoInstancesSharingAStoreTests {

	@Override
	protected List<String> storeProperties() {
		return List.of("uploadcare.webhooks.deduplication.store=jdbc",
				"uploadcare.webhooks.deduplication.jdbc.initialize-schema=always",
				"spring.datasource.url=" + TestServers.postgresUrl(), "spring.datasource.username=postgres",
				"spring.datasource.hikari.maximum-pool-size=20");
	}

	@Override
	protected List<String> unreachableStoreProperties() {
		return List.of("uploadcare.webhooks.deduplication.store=jdbc",
				"uploadcare.webhooks.deduplication.jdbc.initialize-schema=always",
				"spring.datasource.url=jdbc:postgresql://127.0.0.1:" + TestServers.closedPort() + "/postgres",
				"spring.datasource.username=postgres", "spring.datasource.hikari.connection-timeout=500");
	}

	@Override
	protected String storeName() {
		return "jdbc";
	}

	@Override
	protected boolean countsTakeOvers() {
		return true;
	}

}
