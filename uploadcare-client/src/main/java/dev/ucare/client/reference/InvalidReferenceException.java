package dev.ucare.client.reference;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * A value that is not an Uploadcare file or group reference. {@link #part()} names what
 * is wrong, so that a form can say it; {@link #value()} is the offending input, shortened
 * and stripped of control characters so that it is safe to log or show.
 */
public class InvalidReferenceException extends IllegalArgumentException {

	private static final int MAX_SHOWN = 120;

	/** The part of a reference that is wrong. */
	public enum Part {

		/** The whole value: empty, too long, or not a URL nor an id. */
		VALUE,

		/** The file UUID or group id: missing or malformed. */
		UUID,

		/** A group where a single file is expected, or the other way round. */
		KIND,

		/** The CDN operations after the id. */
		OPERATIONS,

		/** The CDN base (scheme and host) of a URL. */
		CDN_BASE,

		/** The name of the project a reference belongs to. */
		PROJECT

	}

	private final Part part;

	private final String value;

	/**
	 * @param part the part that is wrong
	 * @param value the offending input (shortened for display)
	 * @param problem what is wrong, e.g. "contains no Uploadcare file UUID"
	 */
	public InvalidReferenceException(Part part, @Nullable String value, String problem) {
		this(part, value, problem, null);
	}

	/**
	 * @param part the part that is wrong
	 * @param value the offending input (shortened for display)
	 * @param problem what is wrong
	 * @param cause the parser's failure, if any
	 */
	public InvalidReferenceException(Part part, @Nullable String value, String problem, @Nullable Throwable cause) {
		super("'" + shown(value) + "' " + problem, cause);
		this.part = Arguments.notNull(part, "part");
		this.value = shown(value);
	}

	/** The part that is wrong. */
	public Part part() {
		return part;
	}

	/** The offending input, shortened and without control characters. */
	public String value() {
		return value;
	}

	static String shown(@Nullable String value) {
		if (value == null) {
			return "";
		}
		String clean = value.strip().replaceAll("\\p{Cntrl}", "?");
		return clean.length() <= MAX_SHOWN ? clean : clean.substring(0, MAX_SHOWN) + "…";
	}

}
