package dev.ucare.client.conversion;

import java.util.List;

import dev.ucare.client.cdn.UploadcareIds;

/**
 * Shared path assembly: {@code <uuid>/<kind>/} followed by {@code -/<op>/} for every
 * operation.
 */
final class ConversionPaths {

	private ConversionPaths() {
	}

	static String path(String uuid, ConversionKind kind, List<String> operations) {
		StringBuilder path = new StringBuilder(UploadcareIds.requireUuid(uuid)).append('/')
			.append(kind.value())
			.append('/');
		operations.forEach(op -> path.append("-/").append(op).append('/'));
		return path.toString();
	}

	static int atLeast(String name, int value, int min) {
		if (value < min) {
			throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
		}
		return value;
	}

}
