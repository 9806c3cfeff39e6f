package dev.ucare.client.observation;

import dev.ucare.client.observation.UploadcareObservationDocumentation.HighCardinalityKeyNames;
import dev.ucare.client.observation.UploadcareObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link UploadcareObservationConvention}: name {@value #NAME}, contextual
 * name (the span's) {@code uploadcare <operation>}, the keys of
 * {@link UploadcareObservationDocumentation#CLIENT_OPERATION}. Override a method to
 * change one key.
 */
public class DefaultUploadcareObservationConvention implements UploadcareObservationConvention {

	/** Name of the observations, and of the timer made from them. */
	public static final String NAME = "uploadcare.client.operation";

	private static final String NONE = "none";

	private static final KeyValue SUCCESS = KeyValue.of(LowCardinalityKeyNames.OUTCOME, "success");

	private static final KeyValue FAILURE = KeyValue.of(LowCardinalityKeyNames.OUTCOME, "failure");

	private static final KeyValue NO_EXCEPTION = KeyValue.of(LowCardinalityKeyNames.EXCEPTION, NONE);

	private static final KeyValue NO_STATUS = KeyValue.of(LowCardinalityKeyNames.STATUS, NONE);

	private static final KeyValue[] STATUS_CLASSES = { KeyValue.of(LowCardinalityKeyNames.STATUS, "1xx"),
			KeyValue.of(LowCardinalityKeyNames.STATUS, "2xx"), KeyValue.of(LowCardinalityKeyNames.STATUS, "3xx"),
			KeyValue.of(LowCardinalityKeyNames.STATUS, "4xx"), KeyValue.of(LowCardinalityKeyNames.STATUS, "5xx") };

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(UploadcareObservationContext context) {
		return "uploadcare " + context.getOperation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(UploadcareObservationContext context) {
		return KeyValues.of(operation(context), outcome(context), status(context), exception(context),
				project(context));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(UploadcareObservationContext context) {
		KeyValues values = KeyValues.empty();
		values = with(values, HighCardinalityKeyNames.FILE_UUID, context.getFileUuid());
		values = with(values, HighCardinalityKeyNames.GROUP_ID, context.getGroupId());
		values = with(values, HighCardinalityKeyNames.JOB_ID, context.getJobId());
		values = with(values, HighCardinalityKeyNames.REQUEST_ID, context.getRequestId());
		if (context.getPartNumber() > 0) {
			values = values
				.and(KeyValue.of(HighCardinalityKeyNames.PART_NUMBER, Integer.toString(context.getPartNumber())));
		}
		return values;
	}

	protected KeyValue operation(UploadcareObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.OPERATION, orNone(context.getOperation()));
	}

	protected KeyValue outcome(UploadcareObservationContext context) {
		return (context.getError() == null) ? SUCCESS : FAILURE;
	}

	protected KeyValue status(UploadcareObservationContext context) {
		int status = context.getStatus();
		return (status >= 100 && status < 600) ? STATUS_CLASSES[status / 100 - 1] : NO_STATUS;
	}

	protected KeyValue exception(UploadcareObservationContext context) {
		Throwable error = context.getError();
		if (error == null) {
			return NO_EXCEPTION;
		}
		String name = error.getClass().getSimpleName();
		return KeyValue.of(LowCardinalityKeyNames.EXCEPTION, name.isEmpty() ? error.getClass().getName() : name);
	}

	protected KeyValue project(UploadcareObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.PROJECT, orNone(context.getProject()));
	}

	private static KeyValues with(KeyValues values, HighCardinalityKeyNames key, @Nullable String value) {
		return (value == null || value.isEmpty()) ? values : values.and(KeyValue.of(key, value));
	}

	private static String orNone(@Nullable String value) {
		return (value == null || value.isEmpty()) ? NONE : value;
	}

}
