package dev.ucare.client.reference;

import java.net.URI;

import dev.ucare.client.cdn.CdnBase;
import dev.ucare.client.cdn.UploadcareIds;
import dev.ucare.client.cdn.UploadcareUrl;
import dev.ucare.client.internal.Arguments;
import dev.ucare.client.reference.InvalidReferenceException.Part;

import org.jspecify.annotations.Nullable;

/**
 * A reference to an Uploadcare file group, as the File Uploader posts it with
 * {@code group-output}: the group id {@code <uuid>~<N>} and the CDN base it was read
 * from. {@link #parse(String)} accepts a group id or a group CDN URL on any CDN host;
 * {@link #toString()} gives the CDN URL back.
 * <p>
 * A reference may name the Uploadcare project the group belongs to ({@link #project()},
 * see {@link #withProject(String)}); it is not part of the CDN URL, and parsing never
 * sets it.
 * <p>
 * Create instances with the static factories: the record may gain fields.
 *
 * @param uuid the UUID part of the group id, lowercase
 * @param size the number of files N
 * @param cdnBase the CDN base it was read from, or {@code null} when it was a bare id
 * @param project the name of the project the group belongs to, or {@code null} for the
 * application's default project
 */
public record GroupReference(String uuid, int size, @Nullable URI cdnBase, @Nullable String project) {

	/** Validates and normalises every part. */
	public GroupReference {
		project = References.project(project);
		if (!UploadcareIds.isUuid(uuid)) {
			throw new InvalidReferenceException(Part.UUID, uuid, "is not the UUID part of an Uploadcare group id");
		}
		if (size < 1) {
			throw new InvalidReferenceException(Part.UUID, uuid + "~" + size,
					"has an invalid group size: groups hold at least one file");
		}
		uuid = UploadcareIds.requireUuid(uuid);
		cdnBase = cdnBase == null ? null : CdnBase.of(cdnBase).uri();
	}

	/**
	 * A reference of the default project.
	 * @throws InvalidReferenceException naming the bad part
	 */
	public GroupReference(String uuid, int size, @Nullable URI cdnBase) {
		this(uuid, size, cdnBase, null);
	}

	/**
	 * The group with id {@code <uuid>~<N>}.
	 * @throws InvalidReferenceException when it is not a group id
	 */
	public static GroupReference of(String groupId) {
		if (!UploadcareIds.isGroupId(Arguments.notNull(groupId, "groupId"))) {
			throw new InvalidReferenceException(Part.UUID, groupId, "is not an Uploadcare group id (<uuid>~<N>)");
		}
		String id = UploadcareIds.requireGroupId(groupId);
		return new GroupReference(id.substring(0, 36), UploadcareIds.groupSize(id), null);
	}

	/**
	 * Parses a group id or a group CDN URL; query and fragment are ignored.
	 * @throws InvalidReferenceException naming the bad part, also when the value refers
	 * to a single file or one file of a group, or carries operations
	 */
	public static GroupReference parse(@Nullable String value) {
		UploadcareUrl url = References.parse(value, "group");
		Integer size = url.groupSize();
		if (size == null) {
			throw new InvalidReferenceException(Part.KIND, value, "is a single file, not a group (<uuid>~<N>)");
		}
		if (url.nth() != null) {
			throw new InvalidReferenceException(Part.KIND, value, "refers to one file of a group, not the group");
		}
		if (!url.operations().isEmpty() || url.filename() != null) {
			throw new InvalidReferenceException(Part.OPERATIONS, value, "has something after the group id");
		}
		return new GroupReference(url.uuid(), size, url.base());
	}

	/** Parses a CDN URI; see {@link #parse(String)}. */
	public static GroupReference parse(@Nullable URI value) {
		return parse(value == null ? null : value.toString());
	}

	/** The group id {@code <uuid>~<N>}. */
	public String id() {
		return uuid + "~" + size;
	}

	/** A copy on another CDN base ({@code null} for none). */
	public GroupReference withCdnBase(@Nullable URI newBase) {
		return new GroupReference(uuid, size, newBase, project);
	}

	/**
	 * A copy naming the project the group belongs to.
	 * @param newProject a project name (letters, digits, {@code -} and {@code _}, at most
	 * 64 characters), or {@code null} for the default project
	 * @throws InvalidReferenceException when the name is not a valid project name
	 */
	public GroupReference withProject(@Nullable String newProject) {
		return new GroupReference(uuid, size, cdnBase, newProject);
	}

	/** The group's CDN URL on {@code base}. */
	public URI cdnUrl(URI base) {
		return URI.create(CdnBase.of(Arguments.notNull(base, "base")).uri() + id() + "/");
	}

	/** The group's CDN URL on the base it was read from, else on the default base. */
	public URI cdnUrl() {
		return cdnUrl(References.baseOrDefault(cdnBase));
	}

	/**
	 * The CDN URL of the file at {@code index} (0-based) in this group.
	 * @throws IllegalArgumentException when the index is outside the group
	 */
	public URI fileUrl(int index) {
		return new UploadcareUrl(cdnBase, uuid, size, index, null, null).toUri(References.baseOrDefault(cdnBase));
	}

	/** The CDN URL, see {@link #cdnUrl()}; it does not show the project. */
	@Override
	public String toString() {
		return cdnUrl().toString();
	}

}
