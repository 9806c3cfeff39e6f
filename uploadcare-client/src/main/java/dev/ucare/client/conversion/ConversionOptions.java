package dev.ucare.client.conversion;

import dev.ucare.client.Store;
import dev.ucare.client.internal.Arguments;

/**
 * Options of a conversion request. Immutable; start from {@link #defaults()},
 * {@link #store(Store)} or {@link #saveInGroup(boolean)} and refine with the
 * {@code with...} methods.
 *
 * <p>
 * On the wire (as the reference SDK sends it): {@code store} is
 * {@code "true"}/{@code "false"} and omitted for {@link Store#AUTO} (the project's
 * setting applies); {@code save_in_group} is {@code "1"} when set and omitted otherwise.
 *
 * @param store whether the converted files are stored; {@link Store#AUTO} leaves it to
 * the project
 * @param saveInGroup documents only: also save every page of a multi-page document as a
 * file group
 */
public record ConversionOptions(Store store, boolean saveInGroup) {

	private static final ConversionOptions DEFAULTS = new ConversionOptions(Store.AUTO, false);

	public ConversionOptions {
		Arguments.notNull(store, "store");
	}

	/** The project's store setting, no group. */
	public static ConversionOptions defaults() {
		return DEFAULTS;
	}

	/** Defaults with {@code store}. */
	public static ConversionOptions store(Store store) {
		return DEFAULTS.withStore(store);
	}

	/** Defaults with {@code save_in_group} (document conversion only). */
	public static ConversionOptions saveInGroup(boolean saveInGroup) {
		return DEFAULTS.withSaveInGroup(saveInGroup);
	}

	/** A copy with {@code store}. */
	public ConversionOptions withStore(Store store) {
		return new ConversionOptions(store, saveInGroup);
	}

	/** A copy with {@code save_in_group}. */
	public ConversionOptions withSaveInGroup(boolean saveInGroup) {
		return new ConversionOptions(store, saveInGroup);
	}

}
