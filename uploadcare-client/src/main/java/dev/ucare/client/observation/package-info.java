/**
 * Micrometer observations of the client's operations: every call of a client method is an
 * {@code uploadcare.client.operation} observation
 * ({@link UploadcareObservationDocumentation#CLIENT_OPERATION}) with the keys its
 * {@link UploadcareObservationConvention} gives (by default
 * {@link DefaultUploadcareObservationConvention}). Nothing is observed until an
 * {@code ObservationRegistry} is set on the client's builder.
 */
@NullMarked
package dev.ucare.client.observation;

import org.jspecify.annotations.NullMarked;
