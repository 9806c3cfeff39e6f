package dev.ucare.boot.autoconfigure;

import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.Assumptions;

/**
 * The throwaway PostgreSQL and Redis servers started by {@code .ci/test-servers.sh} (and
 * {@code .ci/run}), found through {@code UPLOADCARE_TEST_POSTGRES_PORT} and
 * {@code UPLOADCARE_TEST_REDIS_PORT} (environment or system properties). A test that
 * needs one that is not there is skipped with the reason, never passed silently.
 */
public final class TestServers {

	private TestServers() {
	}

	/** JDBC URL of the throwaway PostgreSQL (user {@code postgres}, no password). */
	public static String postgresUrl() {
		return postgresUrl("postgres");
	}

	/**
	 * @param database the name of a database on the throwaway PostgreSQL
	 * @return its JDBC URL (user {@code postgres}, no password)
	 */
	public static String postgresUrl(String database) {
		int port = port("UPLOADCARE_TEST_POSTGRES_PORT", "PostgreSQL");
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	/** Port of the throwaway Redis on 127.0.0.1. */
	public static int redisPort() {
		return port("UPLOADCARE_TEST_REDIS_PORT", "Redis");
	}

	private static int port(String name, String server) {
		String value = System.getProperty(name, System.getenv(name));
		Assumptions.assumeTrue(value != null && !value.isBlank(), () -> server + " is not available: " + name
				+ " is not set (run the tests through .ci/run, or start .ci/test-servers.sh and export its ports)");
		int port = Integer.parseInt(value.trim());
		Assumptions.assumeTrue(reachable(port), () -> server + " is not available: nothing listens on 127.0.0.1:" + port
				+ " (" + name + "); start .ci/test-servers.sh");
		return port;
	}

	private static boolean reachable(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

	/** A port on which nothing listens (for unreachable-store tests). */
	public static int closedPort() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
