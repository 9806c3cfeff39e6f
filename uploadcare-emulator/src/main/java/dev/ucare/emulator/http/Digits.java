package dev.ucare.emulator.http;

/**
 * Numbers from the {@code \d+} groups of paths. A number too large for its type saturates
 * at its {@code MAX_VALUE}, which no id, token, index or part number reaches, so that the
 * request is answered as for any unknown one instead of failing with a 500.
 */
public final class Digits {

	private Digits() {
	}

	public static int toInt(String digits) {
		try {
			return Integer.parseInt(digits);
		}
		catch (NumberFormatException e) {
			return Integer.MAX_VALUE;
		}
	}

	public static long toLong(String digits) {
		try {
			return Long.parseLong(digits);
		}
		catch (NumberFormatException e) {
			return Long.MAX_VALUE;
		}
	}

}
