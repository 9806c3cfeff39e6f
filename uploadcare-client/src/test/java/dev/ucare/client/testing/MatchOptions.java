package dev.ucare.client.testing;

import java.util.HashSet;
import java.util.Set;

/**
 * Relaxations for {@link RequestAssertions}. Immutable; each {@code ignoring...} call
 * returns a new instance.
 *
 * <p>
 * Needed because some recorded values cannot be reproduced by a different client, e.g.
 * the Upload API {@code signature}/{@code expire} of secure uploads (the secret was
 * filtered out of the cassettes), the random Python temp-file names used as multipart
 * {@code filename}s in {@code test_upload_file*.yaml}, or the two different
 * {@code UPLOADCARE_PUB_KEY}s inside {@code test_multipart_upload.yaml}.
 */
public final class MatchOptions {

	private static final MatchOptions DEFAULTS = new MatchOptions(Set.of(), Set.of(), false);

	private final Set<String> ignoredFields;

	private final Set<String> ignoredValues;

	private final boolean ignoreFileNames;

	private MatchOptions(Set<String> ignoredFields, Set<String> ignoredValues, boolean ignoreFileNames) {
		this.ignoredFields = Set.copyOf(ignoredFields);
		this.ignoredValues = Set.copyOf(ignoredValues);
		this.ignoreFileNames = ignoreFileNames;
	}

	/** Strict matching: everything the README asks for is compared. */
	public static MatchOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Fields skipped entirely (neither presence nor value checked): query parameters,
	 * form fields, multipart part names and top-level JSON object keys with these names.
	 */
	public MatchOptions ignoringFields(String... names) {
		Set<String> fields = new HashSet<>(ignoredFields);
		fields.addAll(Set.of(names));
		return new MatchOptions(fields, ignoredValues, ignoreFileNames);
	}

	/**
	 * Fields that must be present on both sides (same number of occurrences) but whose
	 * values are not compared, e.g. {@code ignoringValuesOf("signature", "expire")}.
	 */
	public MatchOptions ignoringValuesOf(String... names) {
		Set<String> values = new HashSet<>(ignoredValues);
		values.addAll(Set.of(names));
		return new MatchOptions(ignoredFields, values, ignoreFileNames);
	}

	/** Multipart file parts are matched by field name only, not by {@code filename}. */
	public MatchOptions ignoringFileNames() {
		return new MatchOptions(ignoredFields, ignoredValues, true);
	}

	boolean isFieldIgnored(String name) {
		return ignoredFields.contains(name);
	}

	boolean isValueIgnored(String name) {
		return ignoredValues.contains(name);
	}

	boolean fileNamesIgnored() {
		return ignoreFileNames;
	}

	@Override
	public String toString() {
		return "MatchOptions[ignoredFields=" + ignoredFields + ", ignoredValues=" + ignoredValues + ", ignoreFileNames="
				+ ignoreFileNames + "]";
	}

}
