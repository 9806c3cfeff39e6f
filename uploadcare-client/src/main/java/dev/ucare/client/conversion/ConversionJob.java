package dev.ucare.client.conversion;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * One conversion accepted by the server.
 *
 * @param originalSource the conversion path as sent, e.g.
 * {@code <uuid>/document/-/format/pdf/}
 * @param uuid the UUID of the output file (not ready until the job finishes)
 * @param token the job's token, for {@code documentStatus}/{@code videoStatus}
 * @param thumbnailsGroupUuid video only: the group id ({@code <uuid>~N}) of the
 * thumbnails, else {@code null}
 */
public record ConversionJob(String originalSource, String uuid, long token, @Nullable String thumbnailsGroupUuid) {

	/**
	 * @throws IllegalArgumentException when {@code originalSource} or {@code uuid} is
	 * {@code null} (a server answer without them is refused)
	 */
	public ConversionJob {
		Arguments.notNull(originalSource, "originalSource");
		Arguments.notNull(uuid, "uuid");
	}

}
