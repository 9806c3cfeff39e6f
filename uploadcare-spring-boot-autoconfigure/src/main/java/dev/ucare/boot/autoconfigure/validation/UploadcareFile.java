package dev.ucare.boot.autoconfigure.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated {@link dev.ucare.client.reference.FileReference},
 * {@link dev.ucare.client.reference.GroupReference} (every file of the group), UUID or
 * CDN URL string, or a collection of them, must be a file of its Uploadcare project that
 * passes the given checks, made against its file info through that project's client: the
 * project a reference names ({@link dev.ucare.client.reference.FileReference#project()},
 * from {@code uploadcare.projects.<name>}; a name that is not configured is a violation),
 * else the default one. {@code null} is valid (add {@code @NotNull} to require a file).
 * Each failure gets its own message ({@code dev.ucare.validation.UploadcareFile.*} keys,
 * which an application's {@code ValidationMessages.properties} may reword).
 * <p>
 * Needs Spring's validator factory (as in Spring Boot), which gives the validator its
 * beans. Checking calls Uploadcare once per file; a failure to reach it is a violation
 * ("could not be checked"), never an exception.
 *
 * <pre>{@code
 * record ProfileForm(@NotNull @UploadcareFile(imageOnly = true, maxSize = "5MB", storeWhenValid = true)
 *         FileReference avatar) {
 * }
 * }</pre>
 */
@Documented
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UploadcareFileValidator.class)
public @interface UploadcareFile {

	/** Message when no more specific one applies. */
	String message() default "{dev.ucare.validation.UploadcareFile.message}";

	/** Validation groups. */
	Class<?>[] groups() default {};

	/** Payload. */
	Class<? extends Payload>[] payload() default {};

	/** Largest allowed size, e.g. {@code "5MB"}; empty for no limit. */
	String maxSize() default "";

	/**
	 * Allowed MIME types, e.g. {@code "image/*"}, {@code "application/pdf"}; empty for
	 * any.
	 */
	String[] mimeTypes() default {};

	/** Whether the file must be an image as Uploadcare detected it. */
	boolean imageOnly() default false;

	/**
	 * Whether the file must exist (not deleted) in the project; when {@code false}, a
	 * missing file is valid and no other check applies.
	 */
	boolean mustExist() default true;

	/**
	 * Whether a file that a virus scan (ClamAV add-on) found infected is refused. Files
	 * without a scan pass. Needs the secret key.
	 */
	boolean notInfected() default false;

	/**
	 * Whether to store the file once it is valid: in Spring MVC binding, when the whole
	 * bound object validated without errors; elsewhere, when this constraint passes.
	 * Needs the secret key.
	 */
	boolean storeWhenValid() default false;

	/**
	 * Whether to delete a file that fails a check, but only while it is not stored: a
	 * posted UUID may be someone else's stored file, which validation never destroys. Off
	 * by default. Needs the secret key.
	 */
	boolean deleteRejected() default false;

}
