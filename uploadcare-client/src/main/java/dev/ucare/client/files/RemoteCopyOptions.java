package dev.ucare.client.files;

import org.jspecify.annotations.Nullable;

/**
 * Options of a remote copy.
 *
 * @param makePublic whether the copy is publicly readable; {@code null} for the server's
 * default ({@code true})
 * @param pattern naming pattern, e.g. {@code ${uuid}/${filename}${ext}}; {@code null} for
 * the server's {@code ${default}}
 */
public record RemoteCopyOptions(@Nullable Boolean makePublic, @Nullable String pattern) {

	/** The server's defaults. */
	public static RemoteCopyOptions defaults() {
		return new RemoteCopyOptions(null, null);
	}
}
