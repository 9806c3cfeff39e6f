package dev.ucare.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's mutable state for one file. All access is synchronized on the record.
 */
final class FileRecord {

	/** Characters of a metadata key (1-64 of them). */
	static final java.util.regex.Pattern METADATA_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_.:\\-]+");

	/** Most metadata keys of one file. */
	static final int MAX_METADATA_KEYS = 50;

	final String uuid;

	final String publicKey;

	final long sequence;

	final Instant uploaded;

	private String originalFilename;

	private String mimeType;

	private Blob blob;

	private ImageInfo image;

	private boolean ready;

	private Instant stored;

	private Instant removed;

	private String sha256;

	private String sourceUrl;

	private final Map<String, String> metadata = new LinkedHashMap<>();

	private final ObjectNode appdata = Json.object();

	private final Map<String, String> variations = new LinkedHashMap<>();

	FileRecord(String uuid, String publicKey, long sequence, Instant uploaded, String originalFilename) {
		this.uuid = uuid;
		this.publicKey = publicKey;
		this.sequence = sequence;
		this.uploaded = uploaded;
		this.originalFilename = originalFilename;
		this.mimeType = "";
	}

	synchronized void complete(Blob content, String mime, ImageInfo imageInfo) {
		this.blob = content;
		this.mimeType = mime;
		this.image = imageInfo;
		this.ready = true;
		this.sha256 = null;
	}

	synchronized void setPending(String mime) {
		this.mimeType = mime;
		this.ready = false;
	}

	synchronized boolean ready() {
		return ready;
	}

	synchronized Blob blob() {
		return blob;
	}

	synchronized long size() {
		return blob == null ? 0 : blob.size();
	}

	synchronized String originalFilename() {
		return originalFilename;
	}

	synchronized void originalFilename(String name) {
		this.originalFilename = name;
	}

	synchronized String mimeType() {
		return mimeType;
	}

	synchronized ImageInfo image() {
		return image;
	}

	synchronized Instant stored() {
		return stored;
	}

	synchronized Instant removed() {
		return removed;
	}

	synchronized boolean isRemoved() {
		return removed != null;
	}

	synchronized void store(Instant now) {
		if (removed == null) {
			stored = now;
		}
	}

	synchronized void remove(Instant now) {
		if (removed == null) {
			removed = now;
		}
	}

	/** Marks an unstored file removed once its time-to-live has passed. */
	synchronized void expireIfDue(Instant now, Duration ttl) {
		if (stored == null && removed == null && !uploaded.plus(ttl).isAfter(now)) {
			removed = uploaded.plus(ttl);
		}
	}

	synchronized Map<String, String> metadata() {
		return new LinkedHashMap<>(metadata);
	}

	synchronized String putMetadata(String key, String value) {
		return metadata.put(key, value);
	}

	synchronized String removeMetadata(String key) {
		return metadata.remove(key);
	}

	synchronized int metadataCount() {
		return metadata.size();
	}

	synchronized ObjectNode appdata() {
		return appdata.deepCopy();
	}

	synchronized void putAppdata(String addon, ObjectNode value) {
		appdata.set(addon, value);
	}

	synchronized Map<String, String> variations() {
		return new LinkedHashMap<>(variations);
	}

	synchronized void addVariation(String path, String uuid) {
		variations.put(path, uuid);
	}

	synchronized String sourceUrl() {
		return sourceUrl;
	}

	synchronized void sourceUrl(String url) {
		this.sourceUrl = url;
	}

	String sha256() {
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

	EmulatedFile snapshot() {
		String hash = sha256();
		synchronized (this) {
			return new EmulatedFile(uuid, publicKey, originalFilename, mimeType, size(), hash, Map.copyOf(metadata),
					Json.text(appdata), image, ready, uploaded, stored, removed);
		}
	}

}
