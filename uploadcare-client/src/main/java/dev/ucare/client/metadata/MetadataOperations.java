package dev.ucare.client.metadata;

import java.util.Map;
import java.util.Optional;

import dev.ucare.client.internal.Arguments;

/**
 * A file's user metadata (string keys and values) through the REST API v0.7. Arguments
 * are checked with {@link MetadataRules}.
 */
public interface MetadataOperations {

	/** Every key and value of the file; empty when it has none. */
	Map<String, String> getAll(String uuid);

	/** The value of {@code key}, or empty when the key is not set. */
	Optional<String> get(String uuid, String key);

	/** Creates or replaces {@code key}; returns the stored value. */
	String put(String uuid, String key, String value);

	/** Removes {@code key}. */
	void delete(String uuid, String key);

}
