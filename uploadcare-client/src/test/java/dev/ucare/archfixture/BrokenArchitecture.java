package dev.ucare.archfixture;

/**
 * Root of a miniature client laid out like {@code dev.ucare.client} in which each
 * architecture rule is broken exactly once, by the class its name says.
 */
public final class BrokenArchitecture {

	private BrokenArchitecture() {
	}

}
