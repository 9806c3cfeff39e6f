package dev.ucare.archfixture.internal;

import dev.ucare.archfixture.internal.files.FilesImplementation;

/** Breaks "implementations are wired by the entry point only". */
public final class PlumbingUsingAnImplementation {

	Object files() {
		return new FilesImplementation();
	}

}
