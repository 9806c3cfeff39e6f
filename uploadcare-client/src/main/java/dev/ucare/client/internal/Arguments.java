package dev.ucare.client.internal;

import java.time.Duration;

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

	/**
	 * @param value the argument
	 * @param name the parameter's name, as the API declares it
	 * @return {@code value}
	 * @throws IllegalArgumentException when it is {@code null} or empty
	 */
	@Contract("null, _ -> fail")
	public static String notEmpty(@Nullable String value, String name) {
		if (notNull(value, name).isEmpty()) {
			throw new IllegalArgumentException(name + " must not be empty");
		}
		return value;
	}

	/**
	 * @param value the argument
	 * @param name the parameter's name, as the API declares it
	 * @return {@code value}
	 * @throws IllegalArgumentException when it is {@code null} or negative
	 */
	@Contract("null, _ -> fail")
	public static Duration notNegative(@Nullable Duration value, String name) {
		if (notNull(value, name).isNegative()) {
			throw new IllegalArgumentException(name + " must be >= 0, was " + value);
		}
		return value;
	}

	/**
	 * @param value the argument
	 * @param name the parameter's name, as the API declares it
	 * @return {@code value}
	 * @throws IllegalArgumentException when it is {@code null} or shorter than a second
	 */
	@Contract("null, _ -> fail")
	public static Duration atLeastOneSecond(@Nullable Duration value, String name) {
		if (value == null || value.getSeconds() < 1) {
			throw new IllegalArgumentException(name + " must be at least one second, was " + value);
		}
		return value;
	}

	/**
	 * @param multiplier the growth factor of a backoff between attempts
	 * @return {@code multiplier}
	 * @throws IllegalArgumentException when it is below 1 (the waits would shrink)
	 */
	public static double backoffMultiplier(double multiplier) {
		if (multiplier < 1.0) {
			throw new IllegalArgumentException("multiplier must be >= 1, was " + multiplier);
		}
		return multiplier;
	}

}
