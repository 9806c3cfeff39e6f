package dev.ucare.client.cdn;

import java.net.URI;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * Builds CDN URLs for files and groups on the configured base, and asks the CDN for what
 * it computes ({@link #detectFaces}). Every method validates UUIDs and group ids and
 * throws {@link IllegalArgumentException} naming a bad value. Building URLs sends
 * nothing, so it keeps working after the client is closed. Implementations are immutable
 * and thread-safe.
 */
public interface CdnUrls {

	/** The base all URLs are built on, ending in {@code /}. */
	URI base();

	/** {@code <base><uuid>/}. */
	URI url(String uuid);

	/**
	 * {@code <base><uuid>/-/<effects>}; {@code effects} may be written
	 * {@code effect/flip/}, {@code -/resize/10x/} or without the trailing slash, and may
	 * be {@code null} or empty.
	 */
	URI url(String uuid, @Nullable String effects);

	/**
	 * {@code <base><uuid>/-/<operations>/}; {@code transformation} may be {@code null}
	 * for none.
	 */
	URI url(String uuid, @Nullable ImageTransformation transformation);

	/**
	 * Like {@link #url(String, String)} followed by a percent-encoded filename, e.g.
	 * {@code …/-/resize/200x/roof.jpg}; {@code filename} may be {@code null} or empty for
	 * none.
	 */
	URI url(String uuid, @Nullable String effects, @Nullable String filename);

	/**
	 * Like {@link #url(String, ImageTransformation)} followed by a percent-encoded
	 * filename; either may be {@code null} for none.
	 */
	URI url(String uuid, @Nullable ImageTransformation transformation, @Nullable String filename);

	/** {@code <base><uuid>~<N>/} for a group id. */
	URI groupUrl(String groupId);

	/**
	 * {@code <base><uuid>~<N>/nth/<index>/}; {@code index} is 0-based and must be below
	 * N.
	 */
	URI groupFileUrl(String groupId, int index);

	/**
	 * {@code <base><uuid>~<N>/nth/<index>/-/<operations>/}; {@code transformation} may be
	 * {@code null} for none.
	 */
	URI groupFileUrl(String groupId, int index, @Nullable ImageTransformation transformation);

	/** A parsed reference written under this base. */
	URI url(UploadcareUrl reference);

	/**
	 * Moves any Uploadcare CDN URL (for instance {@code https://ucarecdn.com/<uuid>/…}
	 * returned by the API) onto this base, keeping UUID, group, operations and filename
	 * and dropping query and fragment.
	 * @throws IllegalArgumentException when {@code cdnUrl} holds no UUID or group id
	 */
	URI rebase(String cdnUrl);

	/**
	 * Asks the CDN where the faces in an image are
	 * ({@code GET <base><uuid>/detect_faces/}).
	 * @throws IllegalArgumentException naming the value when {@code uuid} is not a UUID
	 * (nothing is sent)
	 * @throws dev.ucare.client.UploadcareInvalidRequestException when the file is not an
	 * image
	 * @throws dev.ucare.client.UploadcareNotFoundException when the CDN does not serve
	 * the file
	 */
	DetectedFaces detectFaces(String uuid);

	/** See {@link #rebase(String)}. */
	default URI rebase(URI cdnUrl) {
		return rebase(Arguments.notNull(cdnUrl, "cdnUrl").toString());
	}

}
