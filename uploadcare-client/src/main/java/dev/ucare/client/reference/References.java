package dev.ucare.client.reference;

import java.net.URI;
import java.util.regex.Pattern;

import dev.ucare.client.cdn.UploadcareUrl;
import dev.ucare.client.reference.InvalidReferenceException.Part;

import org.jspecify.annotations.Nullable;

/** Parsing shared by {@link FileReference} and {@link GroupReference}. */
final class References {

	/** Longer values are refused before parsing. */
	static final int MAX_LENGTH = 2048;

	private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)");

	private static final Pattern UUID_LIKE = Pattern.compile("[0-9A-Za-z]{8}-(?:[0-9A-Za-z]{4}-){3}[0-9A-Za-z]{12}.*");

	private static final Pattern PROJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

	private References() {
	}

	/**
	 * Checks a project name of a reference.
	 * @return the name, or {@code null} for the default project
	 */
	static @Nullable String project(@Nullable String project) {
		if (project != null && !PROJECT.matcher(project).matches()) {
			throw new InvalidReferenceException(Part.PROJECT, project,
					"is not a project name: letters, digits, '-' and '_', at most 64 characters");
		}
		return project;
	}

	/**
	 * Parses {@code value} with {@link UploadcareUrl#parse(String)}, turning its failures
	 * into {@link InvalidReferenceException}s that name the bad part.
	 */
	static UploadcareUrl parse(@Nullable String value, String kind) {
		if (value == null || value.isBlank()) {
			throw new InvalidReferenceException(Part.VALUE, value, "is empty: expected an Uploadcare " + kind);
		}
		if (value.length() > MAX_LENGTH) {
			throw new InvalidReferenceException(Part.VALUE, value,
					"is too long for an Uploadcare " + kind + " (more than " + MAX_LENGTH + " characters)");
		}
		String s = value.strip();
		var head = SCHEME.matcher(s);
		if (head.find()) {
			String scheme = head.group(1);
			if (!scheme.equalsIgnoreCase("https") && !scheme.equalsIgnoreCase("http")) {
				throw new InvalidReferenceException(Part.CDN_BASE, value,
						"is not an http(s) URL: expected an Uploadcare " + kind);
			}
			if (head.group(2).isEmpty() || head.group(2).contains("@")) {
				throw new InvalidReferenceException(Part.CDN_BASE, value, "has no valid host");
			}
		}
		else if (s.contains(":") || s.startsWith("/")) {
			throw new InvalidReferenceException(Part.VALUE, value,
					"is neither an Uploadcare " + kind + " id nor an http(s) CDN URL");
		}
		if (s.contains("/../") || s.endsWith("/..") || s.contains("/./") || s.contains("\\")) {
			throw new InvalidReferenceException(Part.VALUE, value, "contains relative path segments");
		}
		try {
			return UploadcareUrl.parse(s);
		}
		catch (IllegalArgumentException ex) {
			String message = ex.getMessage() == null ? "" : ex.getMessage();
			if (message.startsWith("No Uploadcare UUID") || message.contains("expected a UUID or group id first")) {
				boolean malformed = s.chars().anyMatch(c -> c == '-')
						&& UUID_LIKE.matcher(lastIdCandidate(s)).matches();
				throw new InvalidReferenceException(Part.UUID, value, malformed ? "has a malformed Uploadcare UUID"
						: "contains no Uploadcare " + kind + " " + (kind.equals("group") ? "id (<uuid>~<N>)" : "UUID"),
						ex);
			}
			if (message.contains("CDN base")) {
				throw new InvalidReferenceException(Part.CDN_BASE, value, "has an invalid CDN base", ex);
			}
			if (message.contains("nth index") || message.contains("Group size")) {
				throw new InvalidReferenceException(Part.UUID, value, "has an invalid group id", ex);
			}
			throw new InvalidReferenceException(Part.OPERATIONS, value,
					"has invalid CDN operations after the " + (kind.equals("group") ? "group id" : "UUID"), ex);
		}
	}

	private static String lastIdCandidate(String s) {
		for (String segment : s.split("[/?#]")) {
			if (segment.length() >= 36 && segment.charAt(8) == '-') {
				return segment;
			}
		}
		return "";
	}

	/** The base to write URLs on: the parsed one, else Uploadcare's default. */
	static URI baseOrDefault(@Nullable URI base) {
		return base != null ? base : dev.ucare.client.cdn.CdnBase.DEFAULT_URI;
	}

}
