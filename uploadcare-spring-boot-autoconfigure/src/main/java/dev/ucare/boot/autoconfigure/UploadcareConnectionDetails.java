package dev.ucare.boot.autoconfigure;

import java.net.URI;

import dev.ucare.client.UploadcareClient;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details for connecting to an Uploadcare project: its keys and the base URLs of the
 * Upload API, the REST API and the CDN. The auto-configuration reads them from the
 * {@code uploadcare.*} properties unless the application (or test support, e.g. an
 * emulator) defines a bean of this type: keys from a vault, a tenant's project, a fake
 * server's URLs. They are applied to the {@link UploadcareClient.Builder} after the
 * properties and before the {@link UploadcareClientCustomizer}s. Implementations must not
 * show the secret key in {@code toString()}.
 */
public interface UploadcareConnectionDetails extends ConnectionDetails {

	/**
	 * The project's public key.
	 * @return the public key; the client cannot be built without one ({@code null} fails
	 * start-up naming the property to set)
	 */
	@Nullable String getPublicKey();

	/**
	 * The project's secret key.
	 * @return the secret key, or {@code null} for upload-only mode (uploads and CDN URLs
	 * work, REST calls fail)
	 */
	default @Nullable String getSecretKey() {
		return null;
	}

	/**
	 * Base URL of the Upload API.
	 * @return the base URL; Uploadcare's by default
	 */
	default URI getUploadBaseUrl() {
		return UploadcareClient.DEFAULT_UPLOAD_BASE_URL;
	}

	/**
	 * Base URL of the REST API.
	 * @return the base URL; Uploadcare's by default
	 */
	default URI getRestBaseUrl() {
		return UploadcareClient.DEFAULT_REST_BASE_URL;
	}

	/**
	 * Base URL of file links.
	 * @return the base URL, or {@code null} for Uploadcare's CDN (or the project's own
	 * subdomain with {@code uploadcare.cdn.project-subdomain=true})
	 */
	default @Nullable URI getCdnBaseUrl() {
		return null;
	}

}
