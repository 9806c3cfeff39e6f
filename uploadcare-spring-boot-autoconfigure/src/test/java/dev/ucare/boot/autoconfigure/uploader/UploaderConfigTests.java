package dev.ucare.boot.autoconfigure.uploader;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ucare.client.Store;
import dev.ucare.client.cdn.CdnBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UploaderConfigTests {

	private final UploaderConfig config = new UploaderConfig("https://cdn/x/file-uploader.min.js",
			"https://cdn/x/uc-file-uploader-regular.min.css", UploaderSolution.REGULAR, "pk",
			URI.create("http://127.0.0.1:1/"), CdnBase.DEFAULT_URI, null, null, null, null, null, null, null, List.of(),
			null, null, Map.of(), "/uploadcare/upload-signature", Duration.ofMinutes(30));

	@Test
	void attributesLeaveUnsetOptionsToTheUploaderAndKeepItsDefaultCdn() {
		assertThat(config.configAttributes("photo")).containsExactly(Map.entry("ctx-name", "photo"),
				Map.entry("pubkey", "pk"), Map.entry("base-url", "http://127.0.0.1:1"),
				Map.entry("secure-uploads-expire-threshold", "450000"));
		assertThat(config.signedUploads()).isTrue();
		assertThat(config.signatureRenewal()).isEqualTo(Duration.ofMinutes(7).plusSeconds(30));
	}

	@Test
	void perFieldOverrides() {
		Map<String, String> overrides = new LinkedHashMap<>();
		overrides.put("img-only", "true");
		overrides.put("multiple", "TRUE");
		overrides.put("multiple-max", "3");
		overrides.put("store", "false");
		overrides.put("solution", "inline");
		overrides.put("source-list", "local, url");
		overrides.put("group-output", "true");
		overrides.put("multipart-min-file-size", "10485760");
		UploaderConfig field = config.with(overrides);
		assertThat(field.solution()).isEqualTo(UploaderSolution.INLINE);
		assertThat(field.stylesheetUrl()).isEqualTo("https://cdn/x/uc-file-uploader-inline.min.css");
		assertThat(field.store()).isEqualTo(Store.FALSE);
		assertThat(field.configAttributes("docs")).containsEntry("img-only", "true")
			.containsEntry("multiple", "true")
			.containsEntry("multiple-max", "3")
			.containsEntry("store", "false")
			.containsEntry("source-list", "local, url")
			.containsEntry("group-output", "true")
			.containsEntry("multipart-min-file-size", "10485760");
		assertThat(field.with("img-only", "").imgOnly()).isNull();
		assertThat(config).extracting(UploaderConfig::imgOnly).isNull();
	}

	@Test
	void badOverridesNameTheOption() {
		assertThatIllegalArgumentException().isThrownBy(() -> config.with("pubkey", "other"))
			.withMessageContaining("'pubkey' cannot be set per field");
		assertThatIllegalArgumentException().isThrownBy(() -> config.with("multiple-max", "many"))
			.withMessageContaining("'multiple-max' must be a whole number");
		assertThatIllegalArgumentException().isThrownBy(() -> config.with("img-only", "yes"))
			.withMessageContaining("'img-only'");
		assertThatIllegalArgumentException().isThrownBy(() -> config.with("multipart-min-file-size", "1024"))
			.withMessageContaining("at least 10485760 bytes");
		assertThatIllegalArgumentException().isThrownBy(() -> config.with("store", "maybe"))
			.withMessageContaining("'store' must be auto, true or false");
		assertThatIllegalArgumentException().isThrownBy(() -> config.with("solution", "huge"))
			.withMessageContaining("regular, inline or minimal");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> config.with("multiple-min", "5").with("multiple-max", "2"))
			.withMessageContaining("larger than multiple-max");
		assertThatIllegalArgumentException().isThrownBy(() -> config.configAttributes("a b\"><script>"))
			.withMessageContaining("context name");
	}

}
