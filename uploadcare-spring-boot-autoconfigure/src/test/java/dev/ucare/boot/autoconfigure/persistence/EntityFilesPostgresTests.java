package dev.ucare.boot.autoconfigure.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.ucare.boot.autoconfigure.TestServers;
import org.opentest4j.TestAbortedException;

/**
 * The files-on-entities scenarios on a real PostgreSQL server: the one
 * {@link TestServers} finds through {@code UPLOADCARE_TEST_POSTGRES_PORT} (user
 * {@code postgres}, trust authentication, as {@code .ci/test-servers.sh} starts it), in a
 * database of its own created for this class and dropped after it. Skipped, saying why,
 * without a reachable server.
 */
class EntityFilesPostgresTests extends EntityFilesScenarios {

	private String database;

	@Override
	Map<String, Object> database() {
		String server = TestServers.postgresUrl();
		database = "uc_entities_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		try (Connection connection = admin(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			throw new TestAbortedException("PostgreSQL at " + server + " cannot be reached: " + ex.getMessage());
		}
		return Map.of("spring.datasource.url", TestServers.postgresUrl(database), "spring.datasource.username",
				"postgres");
	}

	@Override
	void databaseDone() {
		if (database != null) {
			try (Connection connection = admin(); Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			}
			catch (SQLException ex) {
				System.err.println("Could not drop test database " + database + ": " + ex.getMessage());
			}
		}
	}

	private Connection admin() throws SQLException {
		return DriverManager.getConnection(TestServers.postgresUrl(), "postgres", "");
	}

}
