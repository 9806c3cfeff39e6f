package dev.ucare.client.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * A response read completely: status, headers and body bytes.
 *
 * @param status HTTP status code
 * @param headers response headers
 * @param body body bytes (empty, never {@code null})
 */
public record RestResponse(int status, HttpHeaders headers, byte[] body) {

	public @Nullable String requestId() {
		return headers.getFirst(ErrorMapper.REQUEST_ID);
	}
}
