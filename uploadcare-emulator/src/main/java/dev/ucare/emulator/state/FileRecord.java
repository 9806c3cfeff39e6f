package dev.ucare.emulator.state;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

import dev.ucare.emulator.EmulatedFile;
import dev.ucare.emulator.ImageInfo;
import dev.ucare.emulator.http.Hashes;
import dev.ucare.emulator.http.Json;

import org.jspecify.annotations.Nullable;

/**
 * The emulator's mutable state for one file. All access is synchronized on the record.
 */
public final class FileRecord {

	/** Characters of a metadata key (1-64 of them). */
	public static final java.util.regex.Pattern METADATA_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_.:\\-]+");

	/** Most metadata keys of one file. */
	public static final int MAX_METADATA_KEYS = 50;

	public final String uuid;

	public final String publicKey;

	public final long sequence;

	public final Instant uploaded;

	private String originalFilename;

	private String mimeType;

	private @Nullable Blob blob;

	private @Nullable ImageInfo image;

	private boolean ready;

	private @Nullable Instant stored;

	private @Nullable Instant removed;

	private @Nullable String sha256;

	private @Nullable String sourceUrl;

	// created on first use: most files never get metadata, add-on data or variations, and
	// a long-running emulator holds hundreds of thousands of records
	private @Nullable Map<String, String> metadata;

	private @Nullable ObjectNode appdata;

	private @Nullable Map<String, String> variations;

	public FileRecord(String uuid, String publicKey, long sequence, Instant uploaded, String originalFilename) {
		this.uuid = uuid;
		this.publicKey = publicKey;
		this.sequence = sequence;
		this.uploaded = uploaded;
		this.originalFilename = originalFilename;
		this.mimeType = "";
	}

	public synchronized void complete(Blob content, String mime, @Nullable ImageInfo imageInfo) {
		this.blob = content;
		this.mimeType = mime;
		this.image = imageInfo;
		this.ready = true;
		this.sha256 = null;
	}

	public synchronized void setPending(String mime) {
		this.mimeType = mime;
		this.ready = false;
	}

	public synchronized boolean ready() {
		return ready;
	}

	public synchronized @Nullable Blob blob() {
		return blob;
	}

	/**
	 * The content of a ready file: {@link #complete} gives every ready file its content.
	 * @throws IllegalStateException when the file is not ready (check {@link #ready()}
	 * first)
	 */
	public synchronized Blob content() {
		Blob content = blob;
		if (!ready || content == null) {
			throw new IllegalStateException("File " + uuid + " is not ready");
		}
		return content;
	}

	public synchronized long size() {
		return blob == null ? 0 : blob.size();
	}

	public synchronized String originalFilename() {
		return originalFilename;
	}

	public synchronized void originalFilename(String name) {
		this.originalFilename = name;
	}

	public synchronized String mimeType() {
		return mimeType;
	}

	public synchronized @Nullable ImageInfo image() {
		return image;
	}

	public synchronized @Nullable Instant stored() {
		return stored;
	}

	public synchronized @Nullable Instant removed() {
		return removed;
	}

	public synchronized boolean isRemoved() {
		return removed != null;
	}

	public synchronized void store(Instant now) {
		if (removed == null) {
			stored = now;
		}
	}

	public synchronized void remove(Instant now) {
		if (removed == null) {
			removed = now;
		}
	}

	/** Marks an unstored file removed once its time-to-live has passed. */
	public synchronized void expireIfDue(Instant now, Duration ttl) {
		if (stored == null && removed == null && !uploaded.plus(ttl).isAfter(now)) {
			removed = uploaded.plus(ttl);
		}
	}

	public synchronized Map<String, String> metadata() {
		return metadata == null ? new LinkedHashMap<>() : new LinkedHashMap<>(metadata);
	}

	public synchronized @Nullable String putMetadata(String key, String value) {
		if (metadata == null) {
			metadata = new LinkedHashMap<>();
		}
		return metadata.put(key, value);
	}

	public synchronized @Nullable String removeMetadata(String key) {
		return metadata == null ? null : metadata.remove(key);
	}

	public synchronized int metadataCount() {
		return metadata == null ? 0 : metadata.size();
	}

	public synchronized ObjectNode appdata() {
		return appdata == null ? Json.object() : appdata.deepCopy();
	}

	public synchronized void putAppdata(String addon, ObjectNode value) {
		if (appdata == null) {
			appdata = Json.object();
		}
		appdata.set(addon, value);
	}

	public synchronized Map<String, String> variations() {
		return variations == null ? new LinkedHashMap<>() : new LinkedHashMap<>(variations);
	}

	public synchronized void addVariation(String path, String uuid) {
		if (variations == null) {
			variations = new LinkedHashMap<>();
		}
		variations.put(path, uuid);
	}

	public synchronized @Nullable String sourceUrl() {
		return sourceUrl;
	}

	public synchronized void sourceUrl(String url) {
		this.sourceUrl = url;
	}

	/**
	 * The content's SHA-256 in hex; {@code null} while there is none or it cannot be
	 * read.
	 */
	public @Nullable String sha256() {
		Blob content;
		synchronized (this) {
			if (sha256 != null) {
				return sha256;
			}
			content = blob;
		}
		if (content == null) {
			return null;
		}
		MessageDigest digest = Hashes.digest("SHA-256");
		try (InputStream in = content.open()) {
			byte[] buffer = new byte[65536];
			int n;
			while ((n = in.read(buffer)) > 0) {
				digest.update(buffer, 0, n);
			}
		}
		catch (IOException e) {
			return null;
		}
		String hex = HexFormat.of().formatHex(digest.digest());
		synchronized (this) {
			if (blob == content) {
				sha256 = hex;
			}
		}
		return hex;
	}

	public EmulatedFile snapshot() {
		String hash = sha256();
		synchronized (this) {
			return new EmulatedFile(uuid, publicKey, originalFilename, mimeType, size(), hash,
					metadata == null ? Map.of() : Map.copyOf(metadata), appdata == null ? "{}" : Json.text(appdata),
					image, ready, uploaded, stored, removed);
		}
	}

}
