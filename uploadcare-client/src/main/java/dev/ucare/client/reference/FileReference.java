package dev.ucare.client.reference;

import java.net.URI;
import java.util.List;

import dev.ucare.client.cdn.CdnBase;
import dev.ucare.client.cdn.ImageTransformation;
import dev.ucare.client.cdn.UploadcareIds;
import dev.ucare.client.cdn.UploadcareUrl;
import dev.ucare.client.internal.Arguments;
import dev.ucare.client.reference.InvalidReferenceException.Part;

import org.jspecify.annotations.Nullable;

/**
 * A reference to one Uploadcare file, as a web form or the File Uploader posts it: the
 * file's UUID, optional CDN operations (e.g. a crop made in the uploader's image editor),
 * an optional filename and the CDN base it was read from. {@link #parse(String)} accepts
 * a bare UUID, {@code <uuid>/-/ops/…} or any CDN URL (Uploadcare's default host, a
 * per-project host {@code https://<prefix>.ucarecd.net/}, a custom CNAME or proxy with a
 * path prefix); {@link #toString()} gives the CDN URL back.
 * <p>
 * A reference may name the Uploadcare project the file belongs to ({@link #project()},
 * see {@link #withProject(String)}) when an application works with several; it is not
 * part of the CDN URL, and parsing never sets it.
 * <p>
 * Create instances with the static factories: the record may gain fields.
 *
 * @param uuid the file's UUID, lowercase
 * @param operations CDN operations such as {@code resize/200x}, possibly empty
 * @param filename the decoded trailing filename, or {@code null}
 * @param cdnBase the CDN base it was read from ({@code https://host/[prefix/]}), or
 * {@code null} when it was a bare id
 * @param project the name of the project the file belongs to, or {@code null} for the
 * application's default project
 */
public record FileReference(String uuid, List<String> operations, @Nullable String filename, @Nullable URI cdnBase,
		@Nullable String project) {

	/** Validates and normalises every part. */
	public FileReference {
		Arguments.notNull(operations, "operations");
		project = References.project(project);
		if (!UploadcareIds.isUuid(uuid)) {
			throw new InvalidReferenceException(Part.UUID, uuid, "is not an Uploadcare file UUID");
		}
		UploadcareUrl url;
		try {
			url = new UploadcareUrl(cdnBase, uuid, null, null, operations, filename);
		}
		catch (IllegalArgumentException ex) {
			boolean base = ex.getMessage() != null && ex.getMessage().contains("CDN base");
			throw new InvalidReferenceException(base ? Part.CDN_BASE : Part.OPERATIONS,
					base ? String.valueOf(cdnBase) : String.valueOf(operations),
					base ? "is not a valid CDN base" : "are not valid CDN operations", ex);
		}
		uuid = url.uuid();
		operations = url.operations();
		filename = url.filename();
		cdnBase = url.base();
	}

	/**
	 * A reference of the default project.
	 * @throws InvalidReferenceException naming the bad part
	 */
	public FileReference(String uuid, List<String> operations, @Nullable String filename, @Nullable URI cdnBase) {
		this(uuid, operations, filename, cdnBase, null);
	}

	/**
	 * A reference to the untransformed file.
	 * @throws InvalidReferenceException when {@code uuid} is not a UUID
	 */
	public static FileReference of(String uuid) {
		return new FileReference(uuid, List.of(), null, null);
	}

	/**
	 * Parses a UUID, {@code <uuid>/-/ops/…} path or CDN URL; query and fragment are
	 * ignored.
	 * @throws InvalidReferenceException naming the bad part, also when the value refers
	 * to a group or a file within a group
	 */
	public static FileReference parse(@Nullable String value) {
		UploadcareUrl url = References.parse(value, "file");
		if (url.isGroup()) {
			throw new InvalidReferenceException(Part.KIND, value,
					url.nth() != null ? "refers to a file by its position in a group, not by its own UUID"
							: "is a group, not a single file");
		}
		return from(url);
	}

	/** Parses a CDN URI; see {@link #parse(String)}. */
	public static FileReference parse(@Nullable URI value) {
		return parse(value == null ? null : value.toString());
	}

	/**
	 * The reference a parsed URL describes.
	 * @throws InvalidReferenceException when it describes a group
	 */
	public static FileReference from(UploadcareUrl url) {
		if (Arguments.notNull(url, "url").isGroup()) {
			throw new InvalidReferenceException(Part.KIND, url.path(), "is a group, not a single file");
		}
		return new FileReference(url.uuid(), url.operations(), url.filename(), url.base());
	}

	/** The operations as a transformation. */
	public ImageTransformation transformation() {
		return ImageTransformation.of(operations);
	}

	/** Whether the reference carries CDN operations. */
	public boolean hasOperations() {
		return !operations.isEmpty();
	}

	/** A copy with other operations. */
	public FileReference withTransformation(ImageTransformation transformation) {
		return new FileReference(uuid, Arguments.notNull(transformation, "transformation").operations(), filename,
				cdnBase, project);
	}

	/** A copy on another CDN base ({@code null} for none). */
	public FileReference withCdnBase(@Nullable URI newBase) {
		return new FileReference(uuid, operations, filename, newBase, project);
	}

	/** A copy with another filename ({@code null} for none). */
	public FileReference withFilename(@Nullable String newFilename) {
		return new FileReference(uuid, operations, newFilename, cdnBase, project);
	}

	/**
	 * A copy naming the project the file belongs to.
	 * @param newProject a project name (letters, digits, {@code -} and {@code _}, at most
	 * 64 characters), or {@code null} for the default project
	 * @throws InvalidReferenceException when the name is not a valid project name
	 */
	public FileReference withProject(@Nullable String newProject) {
		return new FileReference(uuid, operations, filename, cdnBase, newProject);
	}

	/** This reference as the client's CDN URL model. */
	public UploadcareUrl toUploadcareUrl() {
		return new UploadcareUrl(cdnBase, uuid, null, null, operations, filename);
	}

	/**
	 * The CDN path relative to a base, e.g. {@code <uuid>/-/resize/10x/photo.jpg}.
	 */
	public String path() {
		return toUploadcareUrl().path();
	}

	/** The CDN URL on {@code base} (a trailing slash is added when missing). */
	public URI cdnUrl(URI base) {
		return URI.create(CdnBase.of(Arguments.notNull(base, "base")).uri() + path());
	}

	/**
	 * The CDN URL on the base it was read from, else on {@link CdnBase#DEFAULT_URI}.
	 */
	public URI cdnUrl() {
		return cdnUrl(References.baseOrDefault(cdnBase));
	}

	/** The CDN URL, see {@link #cdnUrl()}; it does not show the project. */
	@Override
	public String toString() {
		return cdnUrl().toString();
	}

}
