package dev.ucare.client.conversion;

/**
 * A conversion request for one source file, written as a REST conversion path such as
 * {@code <uuid>/document/-/format/pdf/} or {@code <uuid>/video/-/format/mp4/}.
 * Implementations are immutable.
 */
public sealed interface Transformation permits DocumentTransformation, VideoTransformation {

	/**
	 * The conversion path for {@code uuid}.
	 * @throws IllegalArgumentException naming the value when {@code uuid} is not a file
	 * UUID
	 */
	String path(String uuid);

	/** The endpoint this transformation is sent to. */
	ConversionKind kind();

}
