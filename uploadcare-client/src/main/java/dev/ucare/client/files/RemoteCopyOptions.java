package dev.ucare.client.files;

/**
 * Options of a remote copy.
 *
 * @param makePublic whether the copy is publicly readable (the server's default is
 * {@code true})
 * @param pattern naming pattern, e.g. {@code ${uuid}/${filename}${ext}}; {@code null} for
 * the server's {@code ${default}}
 */
public record RemoteCopyOptions(Boolean makePublic, String pattern) {

	/** The server's defaults. */
	public static RemoteCopyOptions defaults() {
		return new RemoteCopyOptions(null, null);
	}
}
