package dev.ucare.emulator.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.ucare.emulator.Project;
import dev.ucare.emulator.http.ApiError;
import dev.ucare.emulator.http.Call;
import dev.ucare.emulator.http.Hashes;
import dev.ucare.emulator.http.MultipartFormReader;
import dev.ucare.emulator.state.Backend;
import dev.ucare.emulator.state.FileRecord;

import org.jspecify.annotations.Nullable;

/**
 * Validation shared by Upload API endpoints: keys, signatures, metadata, form decoding.
 */
public final class UploadRules {

	private UploadRules() {
	}

	/**
	 * Query parameters merged with a small form body (urlencoded or multipart), first
	 * value of each name.
	 */
	public static Map<String, String> fields(Call call) throws IOException {
		return firstValues(formValues(call));
	}

	/**
	 * Query parameters followed by the fields of a small form body (urlencoded or
	 * multipart), every value of each name in order; file parts are skipped.
	 */
	public static Map<String, List<String>> formValues(Call call) throws IOException {
		Map<String, List<String>> values = new LinkedHashMap<>();
		call.query().forEach((k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
		String type = call.header("Content-Type");
		Map<String, List<String>> body;
		if (MultipartFormReader.isMultipart(type)) {
			body = MultipartFormReader.readSimpleFields(new MultipartFormReader(call.bodyStream(), type));
		}
		else {
			body = Call.parseForm(new String(call.body(), StandardCharsets.UTF_8));
		}
		body.forEach((k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
		return values;
	}

	public static Map<String, String> firstValues(Map<String, List<String>> values) {
		Map<String, String> fields = new LinkedHashMap<>();
		values.forEach((k, v) -> {
			if (!v.isEmpty()) {
				fields.put(k, v.get(0));
			}
		});
		return fields;
	}

	/**
	 * The original filename as Uploadcare keeps it: the last segment of a path (clients
	 * may send a full local path) without control characters such as CR and LF; quotes
	 * and other characters stay (they are escaped in JSON, and sanitised away in
	 * {@code filename} and CDN URLs).
	 */
	public static String originalFilename(@Nullable String raw) {
		if (raw == null) {
			return "";
		}
		int slash = Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\'));
		return CONTROL.matcher(raw.substring(slash + 1)).replaceAll("");
	}

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	/**
	 * {@code value}, refused as Uploadcare does ({@code 400 "<name> is required."} with
	 * {@code errorCode}) when it is missing or empty.
	 */
	public static String required(@Nullable String value, String name, String errorCode) {
		if (value == null || value.isEmpty()) {
			throw new ApiError(400, name + " is required.", errorCode);
		}
		return value;
	}

	public static Project project(Backend backend, @Nullable String value, String fieldName) {
		if (value == null || value.isEmpty()) {
			throw new ApiError(403, fieldName + " is required.", "ProjectPublicKeyRequiredError");
		}
		Project project = backend.project(value);
		if (project == null) {
			throw new ApiError(403, fieldName + " is invalid.", "ProjectPublicKeyInvalidError");
		}
		return project;
	}

	/**
	 * The project named by the field {@code keyField} of {@code fields}, whose signature
	 * the fields carry ({@link #checkSignature}).
	 */
	public static Project signedProject(Backend backend, Map<String, String> fields, String keyField) {
		Project project = project(backend, fields.get(keyField), keyField);
		checkSignature(backend, project, fields);
		return project;
	}

	/**
	 * Checks {@code signature} / {@code expire} when sent, or always when the emulator
	 * requires signed uploads.
	 */
	private static void checkSignature(Backend backend, Project project, Map<String, String> fields) {
		String signature = fields.get("signature");
		String expire = fields.get("expire");
		boolean mustSign = backend.settings.signedUploadsRequired();
		if (!mustSign && signature == null && expire == null) {
			return;
		}
		signature = required(signature, "`signature`", "SignatureRequiredError");
		expire = required(expire, "`expire`", "SignatureExpirationRequiredError");
		long expireSeconds;
		try {
			expireSeconds = Long.parseLong(expire.trim());
		}
		catch (NumberFormatException e) {
			throw new ApiError(400, "`expire` must be a UNIX timestamp.", "SignatureExpirationInvalidError");
		}
		if (expireSeconds <= backend.now().getEpochSecond()) {
			throw new ApiError(403, "Expired signature.", "SignatureExpirationError");
		}
		String expected = Hashes.hmacSha256(project.secretKey(), expire.trim());
		if (!Hashes.same(expected, signature.trim().toLowerCase())) {
			throw new ApiError(403, "Invalid signature.", "SignatureInvalidError");
		}
	}

	/** Extracts and validates {@code metadata[key]} fields. */
	public static Map<String, String> metadata(Map<String, String> fields) {
		Map<String, String> metadata = new LinkedHashMap<>();
		for (Map.Entry<String, String> e : fields.entrySet()) {
			String name = e.getKey();
			if (!name.startsWith("metadata[") || !name.endsWith("]")) {
				continue;
			}
			String key = name.substring("metadata[".length(), name.length() - 1);
			String value = e.getValue();
			if (key.isEmpty()) {
				throw new ApiError(400, "File's metadata key can not be empty.", "FileMetadataKeyEmptyError");
			}
			if (key.length() > 64) {
				throw new ApiError(400, "Length of file metadata key `" + key + "` can not be more than 64 symbols.",
						"FileMetadataKeyLengthTooBigError");
			}
			if (!FileRecord.METADATA_KEY.matcher(key).matches()) {
				throw new ApiError(400,
						"File's metadata key `" + key + "` contains symbols not allowed by the metadata key format.",
						"FileMetadataKeyForbiddenError");
			}
			if (value == null || value.isEmpty()) {
				throw new ApiError(400, "Value of the file metadata key `" + key + "` can not be empty.",
						"FileMetadataValueEmptyError");
			}
			if (value.length() > 512) {
				throw new ApiError(400,
						"Value of file metadata's key `" + key + "` can not be more than 512 symbols in length.",
						"FileMetadataValueLengthTooBigError");
			}
			if (metadata.put(key, value) != null) {
				throw new ApiError(400, "File's metadata key `" + key + "` has a duplicate.",
						"FileMetadataKeyDuplicatedError");
			}
		}
		if (metadata.size() > FileRecord.MAX_METADATA_KEYS) {
			throw new ApiError(400, "A file can not have more than 50 metadata keys.",
					"FileMetadataKeysNumberTooBigError");
		}
		return metadata;
	}

}
