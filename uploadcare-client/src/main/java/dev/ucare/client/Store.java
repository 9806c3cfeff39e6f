package dev.ucare.client;

import org.jspecify.annotations.Nullable;

/**
 * Whether an uploaded or converted file is stored permanently. Always sent explicitly,
 * since the server's default depends on when the project was created.
 */
public enum Store {

	/** Follow the project's auto-store setting ({@code "auto"}). */
	AUTO("auto"),

	/** Store the file ({@code "1"}). */
	TRUE("1"),

	/** Keep the file temporary; Uploadcare removes it after 24 hours ({@code "0"}). */
	FALSE("0");

	private final String uploadValue;

	Store(String uploadValue) {
		this.uploadValue = uploadValue;
	}

	/** Value of the Upload API's {@code UPLOADCARE_STORE} / {@code store} field. */
	public String uploadValue() {
		return uploadValue;
	}

	/** Maps a nullable boolean: {@code null} → AUTO. */
	public static Store of(@Nullable Boolean store) {
		return store == null ? AUTO : store ? TRUE : FALSE;
	}

}
