package dev.ucare.client;

import java.time.Duration;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * HTTP settings of a client's calls to the Upload API and the REST API: the one place
 * their defaults are defined. They apply whatever {@code RestClient.Builder} the client
 * starts from: the client creates its request factory from them (see
 * {@link UploadcareClient.Builder#requestFactory(java.util.function.Function)}).
 *
 * @param connectTimeout how long establishing a connection may take
 * @param readTimeout how long the client waits for response data
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout) {

	/** 10 seconds to connect, 60 seconds to read. */
	public static final HttpSettings DEFAULTS = new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(60));

	public HttpSettings {
		requirePositive(connectTimeout, "connectTimeout");
		requirePositive(readTimeout, "readTimeout");
	}

	/** These settings with another connect timeout. */
	public HttpSettings withConnectTimeout(Duration connectTimeout) {
		return new HttpSettings(connectTimeout, readTimeout);
	}

	/** These settings with another read timeout. */
	public HttpSettings withReadTimeout(Duration readTimeout) {
		return new HttpSettings(connectTimeout, readTimeout);
	}

	private static void requirePositive(@Nullable Duration timeout, String name) {
		Arguments.notNull(timeout, name);
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException(name + " must be positive, was " + timeout);
		}
	}

}
