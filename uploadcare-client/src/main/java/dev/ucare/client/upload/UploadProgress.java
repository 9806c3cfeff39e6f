package dev.ucare.client.upload;

/**
 * How far an upload is.
 *
 * @param done bytes confirmed by the server so far
 * @param total bytes in all, or {@code -1} while unknown (a from-URL upload that has not
 * reported a size yet)
 */
public record UploadProgress(long done, long total) {

	/** {@code done / total} between 0 and 1, or {@code 0} while the total is unknown. */
	public double fraction() {
		return total <= 0 ? 0 : Math.min(1.0, (double) done / total);
	}
}
