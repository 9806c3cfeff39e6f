package dev.ucare.archfixture.internal.groups;

import dev.ucare.archfixture.internal.files.FilesImplementation;

/**
 * Breaks "capabilities meet through public types": the groups implementation uses the
 * files implementation instead of the files capability's public interface.
 */
public final class GroupsUsingFilesImplementation {

	Object files() {
		return new FilesImplementation();
	}

}
