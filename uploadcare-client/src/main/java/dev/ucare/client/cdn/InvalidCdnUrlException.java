package dev.ucare.client.cdn;

/**
 * A CDN URL, path, effects string or operation that could make a browser or a proxy fetch
 * another resource than the one it names: a dot segment ({@code .}, {@code ..}, also
 * percent-encoded), an empty segment, {@code ?} or {@code #} inside a path, a backslash,
 * a percent-encoded slash, or a control character (raw or percent-encoded). The message
 * names the input and {@link #part()} the offending part. Thrown before anything is built
 * or sent.
 */
public class InvalidCdnUrlException extends IllegalArgumentException {

	private final String part;

	/**
	 * @param message what is wrong, naming the input
	 * @param part the offending part (a segment, a character or an escape)
	 */
	public InvalidCdnUrlException(String message, String part) {
		super(message);
		this.part = part;
	}

	/** The offending part: a segment, a character or a percent escape. */
	public String part() {
		return part;
	}

}
