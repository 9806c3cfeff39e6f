package dev.ucare.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.ucare.client.RetrySettings;
import dev.ucare.client.UploadcareClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UploadcareProperties} beyond binding in a context: the defaults documented in
 * the configuration metadata are the client's own (defined once, in the client).
 */
class UploadcarePropertiesTests {

	@Test
	void documentedDefaultsAreTheClientsDefaults() throws IOException {
		Map<String, Object> defaults = new LinkedHashMap<>();
		try (InputStream metadata = new ClassPathResource("META-INF/spring-configuration-metadata.json")
			.getInputStream()) {
			for (JsonNode property : JsonMapper.shared().readTree(metadata).get("properties")) {
				String name = property.get("name").asString();
				if (name.startsWith("uploadcare.") && property.has("defaultValue")) {
					defaults.put(name, property.get("defaultValue").asString());
				}
			}
		}
		assertThat(defaults).containsKeys("uploadcare.retry.max-retries", "uploadcare.retry.initial-delay",
				"uploadcare.retry.multiplier", "uploadcare.retry.max-delay", "uploadcare.upload.base-url",
				"uploadcare.rest.base-url");
		UploadcareProperties documented = new Binder(new MapConfigurationPropertySource(defaults))
			.bindOrCreate("uploadcare", UploadcareProperties.class);
		assertThat(documented.retry().toRetrySettings()).isEqualTo(RetrySettings.DEFAULTS);
		assertThat(documented.upload().baseUrl()).isEqualTo(UploadcareClient.DEFAULT_UPLOAD_BASE_URL);
		assertThat(documented.rest().baseUrl()).isEqualTo(UploadcareClient.DEFAULT_REST_BASE_URL);
	}

}
