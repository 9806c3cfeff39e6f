package dev.ucare.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Name and keys of the client's operation observations. Set one on the client's builder
 * (a bean of this type in Spring Boot) to rename them or change their keys; extend
 * {@link DefaultUploadcareObservationConvention} to keep most of the defaults.
 */
public interface UploadcareObservationConvention extends ObservationConvention<UploadcareObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof UploadcareObservationContext;
	}

}
