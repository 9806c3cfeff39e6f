package dev.ucare.emulator.state;

import tools.jackson.databind.node.ObjectNode;

import org.jspecify.annotations.Nullable;

/**
 * Receives the file events of the emulator's state ({@code file.uploaded},
 * {@code file.stored}, ...); webhook delivery subscribes to them.
 */
@FunctionalInterface
public interface FileEvents {

	/**
	 * @param event e.g. {@code file.uploaded}
	 * @param file the file the event is about
	 * @param initiator the webhook {@code initiator} object
	 * @param previousValues {@code previous_values} of {@code file.info_updated}, or
	 * {@code null}
	 */
	public void fire(String event, FileRecord file, ObjectNode initiator, @Nullable ObjectNode previousValues);

}
