package dev.ucare.boot.autoconfigure.persistence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The tracked references one transaction changed: for each entity attribute, the value it
 * had before the transaction and the value it has at its end. {@link #plan()} turns them
 * into the work to do after the commit, so that a reference changed several times in one
 * transaction counts once (A → B → C stores C and deletes A; B was never stored), and a
 * file another changed attribute refers to at the end (moved from one entity to another)
 * is never deleted. Not thread-safe: one transaction, one thread.
 */
final class TransactionFiles {

	private final Map<Key, Change> changes = new LinkedHashMap<>();

	/** An entity was inserted with {@code value}. */
	void inserted(String entity, Object id, TrackedAttribute attribute, @Nullable Object value) {
		change(entity, id, attribute, null).current = TrackedValue.of(value, attribute.project());
	}

	/** An entity's attribute went from {@code oldValue} to {@code newValue}. */
	void updated(String entity, Object id, TrackedAttribute attribute, @Nullable Object oldValue,
			@Nullable Object newValue) {
		Change change = change(entity, id, attribute, TrackedValue.of(oldValue, attribute.project()));
		change.current = TrackedValue.of(newValue, attribute.project());
		change.removed = false;
	}

	/** An entity holding {@code value} was deleted. */
	void deleted(String entity, Object id, TrackedAttribute attribute, @Nullable Object value) {
		Change change = change(entity, id, attribute, TrackedValue.of(value, attribute.project()));
		change.current = null;
		change.removed = true;
	}

	boolean isEmpty() {
		return changes.isEmpty();
	}

	private Change change(String entity, Object id, TrackedAttribute attribute, @Nullable TrackedValue original) {
		return changes.computeIfAbsent(new Key(entity, id, attribute.name()),
				(key) -> new Change(key, attribute, original));
	}

	/**
	 * The work to do once the transaction has committed.
	 * @return one task per file, group or invalid value, with every attribute it comes
	 * from
	 */
	List<FileTask> plan() {
		Set<TrackedValue> kept = new HashSet<>();
		for (Change change : changes.values()) {
			if (change.current != null && change.current.isValid()) {
				kept.add(change.current);
			}
		}
		Map<TaskKey, FileTask> tasks = new LinkedHashMap<>();
		for (Change change : changes.values()) {
			TrackedAttribute attribute = change.attribute;
			TrackedValue current = change.current;
			TrackedValue original = change.original;
			if (attribute.store() && current != null && !current.equals(original)) {
				task(tasks, EntityFileAction.STORE, current, change);
			}
			boolean wanted = change.removed || attribute.deleteOnReplace();
			if (attribute.delete() && wanted && original != null && !original.equals(current)
					&& !kept.contains(original)) {
				task(tasks, EntityFileAction.DELETE, original, change);
			}
		}
		return List.copyOf(tasks.values());
	}

	private static void task(Map<TaskKey, FileTask> tasks, EntityFileAction action, TrackedValue value, Change change) {
		tasks.computeIfAbsent(new TaskKey(action, value), (key) -> new FileTask(action, value, new ArrayList<>()))
			.origins()
			.add(new FileTask.Origin(change.key.entity(), String.valueOf(change.key.id()), change.key.field()));
	}

	private record Key(String entity, Object id, String field) {
	}

	private record TaskKey(EntityFileAction action, TrackedValue value) {
	}

	private static final class Change {

		final Key key;

		final TrackedAttribute attribute;

		final @Nullable TrackedValue original;

		@Nullable TrackedValue current;

		boolean removed;

		Change(Key key, TrackedAttribute attribute, @Nullable TrackedValue original) {
			this.key = key;
			this.attribute = Objects.requireNonNull(attribute);
			this.original = original;
		}

	}

}
