package dev.ucare.boot.autoconfigure;

import dev.ucare.client.UploadcareClient;

/**
 * Callback to customize the {@link UploadcareClient.Builder} before the auto-configured
 * {@link UploadcareClient} is built. Customizer beans are applied in
 * {@link org.springframework.core.Ordered order}, after the {@code uploadcare.*}
 * properties, so they win over them.
 */
@FunctionalInterface
public interface UploadcareClientCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder, already configured from the properties
	 */
	void customize(UploadcareClient.Builder builder);

}
