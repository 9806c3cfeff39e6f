package dev.ucare.boot.autoconfigure.persistence;

import java.util.List;

/**
 * One file (or group, or invalid value) to store or delete after a commit, with the
 * entity attributes it comes from.
 *
 * @param action what to do
 * @param value the file or group
 * @param origins the attributes referring to it
 */
record FileTask(EntityFileAction action, TrackedValue value, List<Origin> origins) {

	/**
	 * An entity attribute.
	 *
	 * @param entity the entity's name
	 * @param id its identifier as text
	 * @param field the attribute
	 */
	record Origin(String entity, String id, String field) {

		@Override
		public String toString() {
			return entity + "#" + id + "." + field;
		}

	}

}
