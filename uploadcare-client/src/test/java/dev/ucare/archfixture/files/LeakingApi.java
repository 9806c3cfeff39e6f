package dev.ucare.archfixture.files;

import dev.ucare.archfixture.internal.Plumbing;

/** Breaks "no internal types in public signatures". */
public final class LeakingApi {

	/** Returns an internal type from a public method of a public package. */
	public Plumbing plumbing() {
		return new Plumbing();
	}

}
