package dev.ucare.client.groups;

import java.util.List;

/**
 * Creates groups; groups are created through the Upload API, which the upload service
 * implements.
 */
@FunctionalInterface
public interface GroupCreator {

	/**
	 * Creates a group of {@code files}, each a UUID or a CDN URL /
	 * {@code uuid/-/effects/} path.
	 * @return the new group with its files
	 */
	GroupInfo create(List<String> files);

}
