package dev.ucare.boot.autoconfigure.persistence;

import org.jspecify.annotations.Nullable;

/**
 * Published (as a Spring application event) when the entity lifecycle could not store or
 * delete a file after a commit: the file is unknown, of another project or deleted, the
 * stored value is not a reference, the project is not configured, or Uploadcare kept
 * failing after the retries. The transaction that changed the entity has committed and
 * stays so; handle the event to alert, mark the entity, or try again later.
 *
 * <pre>{@code
 * &#64;EventListener
 * void onFailure(EntityFileFailedEvent failure) {
 *     alerts.raise(failure.entity() + "#" + failure.entityId() + "." + failure.field() + ": " + failure.reason());
 * }
 * }</pre>
 *
 * @param action what was to be done
 * @param project the project whose client was used ({@code default} for the default one)
 * @param fileId the file UUID or group id, or the offending value when it is not a
 * reference
 * @param entity the entity's JPA name (the simple class name unless {@code @Entity(name)}
 * says otherwise)
 * @param entityId the entity's identifier, as text
 * @param field the attribute
 * @param reason why, e.g. Uploadcare's {@code Missing in the project}
 * @param error the exception behind it, or {@code null} when Uploadcare reported the
 * problem in a successful answer
 */
public record EntityFileFailedEvent(EntityFileAction action, String project, String fileId, String entity,
		String entityId, String field, String reason, @Nullable Throwable error) {

	/** Where the reference was: {@code <entity>#<entityId>.<field>}. */
	public String location() {
		return entity + "#" + entityId + "." + field;
	}

}
