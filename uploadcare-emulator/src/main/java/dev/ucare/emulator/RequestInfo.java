package dev.ucare.emulator;

import org.jspecify.annotations.Nullable;

/**
 * The request a fault rule is evaluated for.
 *
 * @param listener {@code upload}, {@code rest} or {@code cdn}
 * @param method HTTP method
 * @param path raw request path
 * @param query raw query string or {@code null}
 */
public record RequestInfo(String listener, String method, String path, @Nullable String query) {
}
