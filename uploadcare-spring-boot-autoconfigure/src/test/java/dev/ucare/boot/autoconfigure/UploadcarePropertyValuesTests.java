package dev.ucare.boot.autoconfigure;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UploadcarePropertyValues}: the one rule for the CDN base of
 * {@code uploadcare.cdn.*} and {@code uploadcare.projects.<name>.cdn.*}, for unset text
 * values, and for which properties are secret.
 */
class UploadcarePropertyValuesTests {

	@Test
	void aBaseUrlWinsOverACname() {
		assertThat(UploadcarePropertyValues.cdnBaseUrl(URI.create("https://cdn.example.com/"), "files.example.com"))
			.isEqualTo(URI.create("https://cdn.example.com/"));
	}

	@Test
	void aCnameHostIsServedOverHttps() {
		assertThat(UploadcarePropertyValues.cdnBaseUrl(null, " files.example.com "))
			.isEqualTo(URI.create("https://files.example.com/"));
	}

	@Test
	void aCnameGivenWithItsSchemeIsKeptAsItIs() {
		assertThat(UploadcarePropertyValues.cdnBaseUrl(null, "https://files.example.com/"))
			.isEqualTo(URI.create("https://files.example.com/"));
	}

	@Test
	void neitherMeansTheClientsDefault() {
		assertThat(UploadcarePropertyValues.cdnBaseUrl(null, null)).isNull();
	}

	@Test
	void blankValuesAndUnresolvedPlaceholdersAreUnset() {
		assertThat(UploadcarePropertyValues.valueOrNull(null)).isNull();
		assertThat(UploadcarePropertyValues.valueOrNull("")).isNull();
		assertThat(UploadcarePropertyValues.valueOrNull(" \t")).isNull();
		assertThat(UploadcarePropertyValues.valueOrNull("${UPLOADCARE_SECRET_KEY}")).isNull();
		assertThat(UploadcarePropertyValues.valueOrNull("demosecretkey")).isEqualTo("demosecretkey");
	}

	@Test
	void secretPropertiesAreRecognizedInEveryNameForm() {
		assertThat(UploadcarePropertyValues.isSecret("uploadcare.secret-key")).isTrue();
		assertThat(UploadcarePropertyValues.isSecret("UPLOADCARE_SECRET_KEY")).isTrue();
		assertThat(UploadcarePropertyValues.isSecret("uploadcare.webhooks.signingSecret")).isTrue();
		assertThat(UploadcarePropertyValues.isSecret("uploadcare.secure-delivery.secret")).isTrue();
		assertThat(UploadcarePropertyValues.isSecret("uploadcare.public-key")).isFalse();
		assertThat(UploadcarePropertyValues.isSecret("spring.datasource.secret")).isFalse();
	}

}
