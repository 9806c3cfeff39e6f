package dev.ucare.boot.autoconfigure.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.opentest4j.TestAbortedException;

/**
 * The files-on-entities scenarios on a real PostgreSQL server: the one whose port
 * {@code UPLOADCARE_TEST_POSTGRES_PORT} names (user {@code postgres}, trust
 * authentication, as {@code .ci/test-servers.sh} starts it), in a database of its own
 * created for this class and dropped after it. Skipped, saying why, without a reachable
 * server.
 */
class EntityFilesPostgresTests extends EntityFilesScenarios {

	static final String PORT_VARIABLE = "UPLOADCARE_TEST_POSTGRES_PORT";

	private String port;

	private String database;

	@Override
	Map<String, Object> database() {
		port = System.getenv(PORT_VARIABLE);
		skipUnless(port != null && !port.isBlank(), PORT_VARIABLE
				+ " is not set: start a throwaway server with .ci/test-servers.sh (bash .ci/run does) to run them");
		database = "uc_entities_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		try (Connection connection = admin(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			skipUnless(false, "PostgreSQL on 127.0.0.1:" + port + " cannot be reached: " + ex.getMessage());
		}
		return Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:" + port + "/" + database,
				"spring.datasource.username", "postgres");
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
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
	}

	private static void skipUnless(boolean condition, String reason) {
		if (!condition) {
			throw new TestAbortedException(reason);
		}
	}

}
