package dev.ucare.archfixture.unmarked;

/**
 * Breaks "every package is null-marked": its package has no {@code package-info} with
 * {@code @NullMarked}.
 */
public final class UnmarkedApi {

	private UnmarkedApi() {
	}

}
