package dev.ucare.client.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.lang.Contract;

/**
 * Argument checks of the public API: a {@code null} where the API does not allow one (a
 * parameter that is not {@code @Nullable}) is an {@link IllegalArgumentException} that
 * names the parameter, thrown when the call is made, before anything is sent, rather than
 * a {@link NullPointerException} wherever the value would first be used.
 */
public final class Arguments {

	private Arguments() {
	}

	/**
	 * @param value the argument
	 * @param name the parameter's name, as the API declares it
	 * @param <T> its type
	 * @return {@code value}, for use in assignments
	 * @throws IllegalArgumentException "{@code name} must not be null" when it is
	 */
	@Contract("null, _ -> fail")
	public static <T> T notNull(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

}
