package dev.ucare.boot.autoconfigure.binding;

import dev.ucare.client.reference.InvalidReferenceException;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.PropertyAccessException;
import org.springframework.util.Assert;
import org.springframework.validation.BindingErrorProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Turns a posted value that is not an Uploadcare reference into a field error with a
 * plain message naming what is wrong (instead of Spring's "Failed to convert property
 * value…"), with message codes {@code uploadcare.invalidReference.*} first and the usual
 * {@code typeMismatch.*} after, so that applications can word it themselves. Other errors
 * go to the delegate.
 */
public final class ReferenceBindingErrorProcessor implements BindingErrorProcessor {

	/** Message code of an invalid reference. */
	public static final String CODE = "uploadcare.invalidReference";

	private final BindingErrorProcessor delegate;

	/**
	 * @param delegate handles every other error
	 */
	public ReferenceBindingErrorProcessor(BindingErrorProcessor delegate) {
		this.delegate = delegate;
	}

	@Override
	public void processMissingFieldError(String missingField, BindingResult bindingResult) {
		delegate.processMissingFieldError(missingField, bindingResult);
	}

	@Override
	public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
		InvalidReferenceException invalid = find(ex);
		if (invalid == null) {
			delegate.processPropertyAccessException(ex, bindingResult);
			return;
		}
		String field = ex.getPropertyName();
		Assert.state(field != null, "No field in exception");
		String[] codes = concat(bindingResult.resolveMessageCodes(CODE, field),
				bindingResult.resolveMessageCodes(ex.getErrorCode(), field));
		Object[] arguments = { invalid.part().name(), invalid.value() };
		bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, ex.getValue(), true, codes,
				arguments, "is not an Uploadcare file or group: " + invalid.getMessage()));
	}

	private static @Nullable InvalidReferenceException find(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof InvalidReferenceException invalid) {
				return invalid;
			}
		}
		return null;
	}

	private static String[] concat(String[] a, String[] b) {
		String[] all = new String[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
