package dev.ucare.boot.autoconfigure.validation;

import java.util.ArrayList;
import java.util.List;

import dev.ucare.client.reference.FileReference;

/**
 * Files to store once a whole object validated without errors: opened on the current
 * thread around Spring MVC's validation by {@link StoreWhenValidValidator}; validators
 * outside such a scope store at once.
 */
final class PendingStores {

	private static final ThreadLocal<List<FileReference>> PENDING = new ThreadLocal<>();

	private PendingStores() {
	}

	/**
	 * Adds {@code files} to the open scope.
	 * @return {@code false} when no scope is open
	 */
	static boolean add(List<FileReference> files) {
		List<FileReference> pending = PENDING.get();
		if (pending == null) {
			return false;
		}
		pending.addAll(files);
		return true;
	}

	/**
	 * Runs {@code validation} in a new scope and returns the files it left to store.
	 */
	static List<FileReference> collect(Runnable validation) {
		List<FileReference> previous = PENDING.get();
		List<FileReference> pending = new ArrayList<>();
		PENDING.set(pending);
		try {
			validation.run();
		}
		finally {
			if (previous == null) {
				PENDING.remove();
			}
			else {
				PENDING.set(previous);
			}
		}
		return pending.stream().distinct().toList();
	}

}
