package dev.ucare.client.cdn;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * A CDN reference split into its parts, so that an application can store a CDN URL and
 * still get the UUID out. {@link #parse(String)} reads a bare UUID, a group id
 * {@code <uuid>~<N>}, {@code <uuid>/-/ops/…}, {@code <uuid>~<N>/nth/<i>/-/ops/…} or any
 * CDN URL (any host and path prefix, with operations and an optional trailing filename);
 * {@link #toUri(URI)} writes it back.
 *
 * @param base the CDN base the reference was read from ({@code https://host/[prefix/]}),
 * or {@code null}
 * @param uuid the file UUID, or for a group the UUID part of the group id; lowercase
 * @param groupSize the group's file count N, or {@code null} for a single file
 * @param nth the 0-based index of a file within the group, or {@code null}
 * @param operations image operations as in {@link ImageTransformation#operations()}
 * @param filename the decoded trailing filename, or {@code null}
 */
public record UploadcareUrl(@Nullable URI base, String uuid, @Nullable Integer groupSize, @Nullable Integer nth,
		List<String> operations, @Nullable String filename) {

	private static final Pattern SCHEME_AND_AUTHORITY = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)");

	private static final Pattern ID = Pattern.compile("(" + UploadcareIds.UUID_REGEX + ")(?:~([1-9][0-9]{0,8}))?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");

	/**
	 * Validates and normalises every part; {@code null} operations read as none, an empty
	 * filename as none.
	 * @throws IllegalArgumentException naming the part that is invalid, such as a
	 * {@code null} or malformed {@code uuid}
	 */
	public UploadcareUrl(@Nullable URI base, String uuid, @Nullable Integer groupSize, @Nullable Integer nth,
			@Nullable List<String> operations, @Nullable String filename) {
		this.base = (base != null) ? CdnBase.of(base).uri() : null;
		this.uuid = UploadcareIds.requireUuid(Arguments.notNull(uuid, "uuid"));
		if (groupSize != null && groupSize < 1) {
			throw new IllegalArgumentException("Group size must be at least 1: " + groupSize);
		}
		if (nth != null && (groupSize == null || nth < 0 || nth >= groupSize)) {
			throw new IllegalArgumentException("nth index " + nth + " is outside group of " + groupSize);
		}
		this.groupSize = groupSize;
		this.nth = nth;
		this.operations = (operations != null) ? ImageTransformation.of(operations).operations() : List.of();
		if (filename != null && !filename.isEmpty()) {
			checkFilename(filename);
			this.filename = filename;
		}
		else {
			this.filename = null;
		}
	}

	/**
	 * A filename is one path segment once encoded: never {@code .} or {@code ..}, no
	 * slash, backslash or control character.
	 */
	private static void checkFilename(String filename) {
		if (filename.equals(".") || filename.equals("..")) {
			throw new InvalidCdnUrlException("Invalid CDN filename: dot segment '" + filename + "'", filename);
		}
		for (int i = 0; i < filename.length(); i++) {
			char c = filename.charAt(i);
			if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
				throw new InvalidCdnUrlException(
						"Invalid CDN filename '" + filename
								+ "': slashes, backslashes and control characters cannot be part of a filename",
						filename);
			}
		}
	}

	/** A reference to a single file, optionally transformed and named. */
	public static UploadcareUrl ofFile(String uuid, ImageTransformation transformation, @Nullable String filename) {
		return new UploadcareUrl(null, uuid, null, null,
				Arguments.notNull(transformation, "transformation").operations(), filename);
	}

	/** A reference to a group ({@code <uuid>~<N>}). */
	public static UploadcareUrl ofGroup(String groupId) {
		String id = UploadcareIds.requireGroupId(groupId);
		return new UploadcareUrl(null, id.substring(0, 36), UploadcareIds.groupSize(id), null, List.of(), null);
	}

	/**
	 * Parses a UUID, group id, CDN path or CDN URL. The query and fragment of an absolute
	 * URL are ignored (a browser requests only its path); a UUID or path has none.
	 * Operations must end with {@code /}; a last segment without a trailing slash is the
	 * filename.
	 * @throws InvalidCdnUrlException naming the input and the bad part when the path
	 * could resolve to another resource than the one it names: a dot segment (also
	 * percent-encoded), an empty segment, {@code ?} or {@code #} in a UUID or path, a
	 * backslash, a percent-encoded slash or a control character (raw or percent-encoded)
	 * @throws IllegalArgumentException naming the input when it holds no UUID or is
	 * otherwise malformed
	 */
	public static UploadcareUrl parse(@Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Not an Uploadcare UUID, path or CDN URL: '" + value + "'");
		}
		String s = value.strip();
		URI base = null;
		Matcher head = SCHEME_AND_AUTHORITY.matcher(s);
		boolean absolute = head.find();
		String path = absolute ? s.substring(head.end()) : s;
		int cut = indexOfAny(path, '?', '#');
		if (cut >= 0) {
			if (!absolute) {
				String part = String.valueOf(path.charAt(cut));
				throw new InvalidCdnUrlException(
						"Invalid CDN reference '" + value + "': '" + part + "' in a UUID or path", part);
			}
			path = path.substring(0, cut);
		}
		List<String> segments = new ArrayList<>(Arrays.asList(path.split("/", -1)));
		boolean trailingSlash = segments.size() > 1 && segments.get(segments.size() - 1).isEmpty();
		if (trailingSlash) {
			segments.remove(segments.size() - 1);
		}
		if (!segments.isEmpty() && segments.get(0).isEmpty()) {
			segments.remove(0);
		}
		for (String segment : segments) {
			CdnSyntax.checkSegment("CDN reference '" + value + "'", segment);
		}
		int idAt = absolute ? -1 : 0;
		if (absolute) {
			for (int i = 0; i < segments.size() && idAt < 0; i++) {
				if (ID.matcher(segments.get(i)).matches()) {
					idAt = i;
				}
			}
			if (idAt < 0) {
				throw new IllegalArgumentException("No Uploadcare UUID in '" + value + "'");
			}
			String prefix = String.join("/", segments.subList(0, idAt));
			base = URI.create(head.group(1).toLowerCase(Locale.ROOT) + "://" + head.group(2) + "/"
					+ (prefix.isEmpty() ? "" : prefix + "/"));
		}
		try {
			return fromSegments(base, segments.subList(idAt, segments.size()), trailingSlash);
		}
		catch (InvalidCdnUrlException ex) {
			throw new InvalidCdnUrlException("Invalid CDN reference '" + value + "': " + ex.getMessage(), ex.part());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"Not an Uploadcare UUID, path or CDN URL: '" + value + "' (" + ex.getMessage() + ")", ex);
		}
	}

	/** Parses a CDN URI; see {@link #parse(String)}. */
	public static UploadcareUrl parse(URI uri) {
		return parse(Arguments.notNull(uri, "uri").toString());
	}

	private static UploadcareUrl fromSegments(@Nullable URI base, List<String> segments, boolean trailingSlash) {
		Matcher id = ID.matcher(segments.isEmpty() ? "" : segments.get(0));
		if (!id.matches()) {
			throw new IllegalArgumentException("expected a UUID or group id first");
		}
		Integer groupSize = id.group(2) == null ? null : Integer.valueOf(id.group(2));
		int i = 1;
		Integer nth = null;
		if (groupSize != null && segments.size() > i + 1 && segments.get(i).equals("nth")
				&& INDEX.matcher(segments.get(i + 1)).matches()) {
			nth = Integer.valueOf(segments.get(i + 1));
			i += 2;
		}
		List<String> rest = segments.subList(i, segments.size());
		String filename = null;
		if (!trailingSlash && !rest.isEmpty()) {
			filename = CdnSyntax.percentDecode(rest.get(rest.size() - 1));
			rest = rest.subList(0, rest.size() - 1);
		}
		return new UploadcareUrl(base, id.group(1), groupSize, nth, operations(rest), filename);
	}

	private static List<String> operations(List<String> segments) {
		List<String> ops = new ArrayList<>();
		int i = 0;
		if (!segments.isEmpty() && CdnSyntax.isDirective(segments.get(0))) {
			ops.add(segments.get(0));
			i = 1;
		}
		while (i < segments.size()) {
			if (!segments.get(i).equals("-")) {
				throw new IllegalArgumentException("unexpected segment '" + segments.get(i) + "'");
			}
			int end = i + 1;
			while (end < segments.size() && !segments.get(end).equals("-")) {
				end++;
			}
			ops.add(CdnSyntax.requireOperation(String.join("/", segments.subList(i + 1, end))));
			i = end;
		}
		return ops;
	}

	private static int indexOfAny(String s, char a, char b) {
		int ia = s.indexOf(a);
		int ib = s.indexOf(b);
		return ia < 0 ? ib : ib < 0 ? ia : Math.min(ia, ib);
	}

	/** Whether this refers to a group or a file within a group. */
	public boolean isGroup() {
		return groupSize != null;
	}

	/** The group id {@code <uuid>~<N>}, or {@code null} for a single file. */
	public @Nullable String groupId() {
		return groupSize == null ? null : uuid + "~" + groupSize;
	}

	/** The operations as a transformation. */
	public ImageTransformation transformation() {
		return ImageTransformation.of(operations);
	}

	/** The effects string, e.g. {@code resize/10x/-/flip/}, or {@code ""}. */
	public String effects() {
		return transformation().effects();
	}

	/** A copy with other operations. */
	public UploadcareUrl withTransformation(ImageTransformation transformation) {
		return new UploadcareUrl(base, uuid, groupSize, nth,
				Arguments.notNull(transformation, "transformation").operations(), filename);
	}

	/** A copy with another filename ({@code null} for none). */
	public UploadcareUrl withFilename(@Nullable String newFilename) {
		return new UploadcareUrl(base, uuid, groupSize, nth, operations, newFilename);
	}

	/**
	 * The path relative to a CDN base, e.g.
	 * {@code <uuid>~3/nth/0/-/resize/10x/photo.jpg}.
	 */
	public String path() {
		StringBuilder path = new StringBuilder(uuid);
		if (groupSize != null) {
			path.append('~').append(groupSize);
		}
		path.append('/');
		if (nth != null) {
			path.append("nth/").append(nth).append('/');
		}
		CdnSyntax.appendOperations(path, operations);
		if (filename != null) {
			path.append(CdnSyntax.percentEncode(filename));
		}
		return path.toString();
	}

	/** The URL under {@code cdnBase} (a trailing slash is added when missing). */
	public URI toUri(URI cdnBase) {
		return URI.create(CdnBase.of(Arguments.notNull(cdnBase, "cdnBase")).uri() + path());
	}

	/**
	 * The URL under the parsed base, or under {@link CdnBase#DEFAULT_URI} when there was
	 * none.
	 */
	public URI toUri() {
		return toUri(base == null ? CdnBase.DEFAULT_URI : base);
	}
}
