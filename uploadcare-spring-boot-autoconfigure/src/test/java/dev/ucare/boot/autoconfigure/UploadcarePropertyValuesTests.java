package dev.ucare.boot.autoconfigure;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UploadcarePropertyValues#cdnBaseUrl}: the one rule for the CDN base of
 * {@code uploadcare.cdn.*} and {@code uploadcare.projects.<name>.cdn.*}.
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

}
