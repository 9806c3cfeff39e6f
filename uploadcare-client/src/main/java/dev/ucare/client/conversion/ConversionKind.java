package dev.ucare.client.conversion;

/** Which REST conversion endpoint a {@link Transformation} belongs to. */
public enum ConversionKind {

	/** {@code POST /convert/document/}. */
	DOCUMENT("document"),
	/** {@code POST /convert/video/}. */
	VIDEO("video");

	private final String value;

	ConversionKind(String value) {
		this.value = value;
	}

	/**
	 * The path segment after the UUID and in the endpoint, {@code document} or
	 * {@code video}.
	 */
	public String value() {
		return value;
	}

}
