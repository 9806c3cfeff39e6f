package dev.ucare.boot.autoconfigure.webhooks.deduplication.jdbc;

import java.time.Clock;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import dev.ucare.boot.autoconfigure.TestServers;
import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookProperties.SchemaInitialization;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStore;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract on {@link JdbcWebhookDeliveryStore}, on H2 and on a real PostgreSQL. */
class JdbcWebhookDeliveryStoreTests {

	static HikariDataSource dataSource(String url) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(url);
		dataSource.setUsername(url.startsWith("jdbc:postgresql") ? "postgres" : "sa");
		dataSource.setMaximumPoolSize(20);
		return dataSource;
	}

	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class OnH2 extends WebhookDeliveryStoreContract {

		private HikariDataSource dataSource;

		@BeforeAll
		void start() {
			dataSource = dataSource("jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		}

		@AfterAll
		void stop() {
			dataSource.close();
		}

		@Override
		protected WebhookDeliveryStore newStore() {
			return new JdbcWebhookDeliveryStore(new JdbcTemplate(dataSource), "uploadcare_webhook_deliveries",
					Clock.systemUTC(), SchemaInitialization.EMBEDDED);
		}

		@Test
		void aCustomTableNameIsCreatedFromTheShippedDdl() {
			JdbcWebhookDeliveryStore store = new JdbcWebhookDeliveryStore(new JdbcTemplate(dataSource), "my_hooks",
					Clock.systemUTC(), SchemaInitialization.EMBEDDED);
			assertThat(store.claim(key(), LEASE).granted()).isTrue();
			assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM my_hooks", Integer.class))
				.isEqualTo(1);
		}

		@Test
		void neverLeavesTheTableToMigrations() {
			JdbcWebhookDeliveryStore store = new JdbcWebhookDeliveryStore(new JdbcTemplate(dataSource), "not_migrated",
					Clock.systemUTC(), SchemaInitialization.NEVER);
			assertThat(store.initializeSchema()).isTrue();
			assertThatThrownBy(store::check).isInstanceOf(BadSqlGrammarException.class)
				.hasMessageContaining("not_migrated");
		}

		@Test
		void rejectsAnInvalidTableName() {
			assertThatThrownBy(() -> new JdbcWebhookDeliveryStore(new JdbcTemplate(dataSource), "x; DROP TABLE y",
					Clock.systemUTC(), SchemaInitialization.EMBEDDED))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("Invalid table name");
		}

	}

	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class OnPostgreSql extends WebhookDeliveryStoreContract {

		private HikariDataSource dataSource;

		@BeforeAll
		void start() {
			dataSource = dataSource(TestServers.postgresUrl());
		}

		@AfterAll
		void stop() {
			if (dataSource != null) {
				dataSource.close();
			}
		}

		@Override
		protected WebhookDeliveryStore newStore() {
			return new JdbcWebhookDeliveryStore(new JdbcTemplate(dataSource), "uploadcare_webhook_deliveries",
					Clock.systemUTC(), SchemaInitialization.ALWAYS);
		}

		@Test
		void embeddedModeLeavesAServerDatabaseToMigrations() {
			JdbcWebhookDeliveryStore store = new JdbcWebhookDeliveryStore(new JdbcTemplate(dataSource),
					"not_created_" + Long.toString(System.nanoTime(), 36), Clock.systemUTC(),
					SchemaInitialization.EMBEDDED);
			assertThatThrownBy(store::check).isInstanceOf(BadSqlGrammarException.class)
				.rootCause()
				.hasMessageContaining("does not exist");
		}

	}

}
