package dev.ucare.emulator.rest;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import dev.ucare.emulator.Project;
import dev.ucare.emulator.http.ApiError;
import dev.ucare.emulator.http.Call;
import dev.ucare.emulator.http.Hashes;
import dev.ucare.emulator.http.Times;
import dev.ucare.emulator.state.Backend;

/**
 * Verifies the REST API's Accept header and both auth schemes; returns the caller's
 * project.
 */
public final class RestAuth {

	public static final String ACCEPT = "application/vnd.uploadcare-v0.7+json";

	public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);

	private final Backend backend;

	public RestAuth(Backend backend) {
		this.backend = backend;
	}

	public Project authenticate(Call call) throws IOException {
		String accept = call.header("Accept");
		if (accept == null || !accept.toLowerCase().contains(ACCEPT)) {
			throw new ApiError(406, "Incorrect Accept header provided. Make sure to specify API version. "
					+ "Refer to REST API docs for details.");
		}
		String authorization = call.header("Authorization");
		if (authorization == null) {
			throw badCredentials();
		}
		authorization = authorization.trim();
		if (authorization.startsWith("Uploadcare.Simple ")) {
			return simple(authorization.substring("Uploadcare.Simple ".length()).trim());
		}
		if (authorization.startsWith("Uploadcare ")) {
			return signed(call, authorization.substring("Uploadcare ".length()).trim());
		}
		throw badCredentials();
	}

	private Project simple(String credentials) {
		if (backend.settings.refuseSimpleAuthOverHttp()) {
			throw new ApiError(400,
					"Simple authentication over HTTP is forbidden. Please, use HTTPS or signed requests instead.");
		}
		int colon = credentials.indexOf(':');
		if (colon < 0) {
			throw badCredentials();
		}
		Project project = project(credentials.substring(0, colon));
		if (!Hashes.same(project.secretKey(), credentials.substring(colon + 1))) {
			throw badCredentials();
		}
		return project;
	}

	private Project signed(Call call, String credentials) throws IOException {
		int colon = credentials.indexOf(':');
		if (colon < 0) {
			throw badCredentials();
		}
		Project project = project(credentials.substring(0, colon));
		String date = call.header("Date");
		if (date == null) {
			date = call.header("X-Uploadcare-Date");
		}
		Instant sent = Times.parseHttpDate(date);
		if (sent == null) {
			throw badCredentials();
		}
		Duration skew = Duration.between(sent, backend.now()).abs();
		if (skew.compareTo(MAX_CLOCK_SKEW) > 0) {
			throw badCredentials();
		}
		String contentType = call.header("Content-Type");
		String toSign = call.method() + "\n" + Hashes.hex("MD5", call.body()) + "\n"
				+ (contentType == null ? "" : contentType) + "\n" + date + "\n" + call.rawPathAndQuery();
		String expected = Hashes.hmacSha1(project.secretKey(), toSign);
		if (!Hashes.same(expected, credentials.substring(colon + 1).toLowerCase())) {
			throw unauthorized("Invalid signature. Please check your Secret key.");
		}
		return project;
	}

	private Project project(String publicKey) {
		Project project = backend.project(publicKey);
		if (project == null) {
			throw unauthorized("Public key " + publicKey + " not found.");
		}
		return project;
	}

	private static ApiError unauthorized(String detail) {
		return new ApiError(401, detail);
	}

	/**
	 * Uploadcare's answer to credentials it cannot read, a wrong secret and a date too
	 * far off alike.
	 */
	private static ApiError badCredentials() {
		return unauthorized("Incorrect authentication credentials.");
	}

}
