package dev.ucare.emulator;

import org.jspecify.annotations.Nullable;

/**
 * Argument checks of the public API: a {@code null} where the API does not allow one (a
 * parameter that is not {@code @Nullable}) is an {@link IllegalArgumentException} that
 * names the parameter, thrown when the call is made rather than later, wherever the value
 * would first be used.
 */
final class Arguments {

	private Arguments() {
	}

	/**
	 * @return {@code value}
	 * @throws IllegalArgumentException "{@code name} must not be null" when it is
	 */
	static <T> T notNull(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

}
