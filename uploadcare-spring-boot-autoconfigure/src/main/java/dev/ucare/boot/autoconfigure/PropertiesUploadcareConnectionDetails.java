package dev.ucare.boot.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The default {@link UploadcareConnectionDetails}: the keys and base URLs of the
 * {@code uploadcare.*} properties.
 */
final class PropertiesUploadcareConnectionDetails implements UploadcareConnectionDetails {

	private final UploadcareProperties properties;

	PropertiesUploadcareConnectionDetails(UploadcareProperties properties) {
		this.properties = properties;
	}

	@Override
	public @Nullable String getPublicKey() {
		return properties.publicKey();
	}

	@Override
	public @Nullable String getSecretKey() {
		return properties.secretKey();
	}

	@Override
	public URI getUploadBaseUrl() {
		URI configured = properties.upload().baseUrl();
		return (configured != null) ? configured : UploadcareConnectionDetails.super.getUploadBaseUrl();
	}

	@Override
	public URI getRestBaseUrl() {
		URI configured = properties.rest().baseUrl();
		return (configured != null) ? configured : UploadcareConnectionDetails.super.getRestBaseUrl();
	}

	@Override
	public @Nullable URI getCdnBaseUrl() {
		return properties.cdn().resolvedBaseUrl();
	}

}
