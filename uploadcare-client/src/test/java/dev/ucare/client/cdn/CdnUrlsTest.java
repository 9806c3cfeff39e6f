package dev.ucare.client.cdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.internal.Hashing;

class CdnUrlsTest {

	private static final String UUID = "52da3bfc-7cd8-4861-8b05-126fef7a6994";

	private static final String GROUP = "d496a4df-0b36-4281-8156-268ae9524d4a~3";

	private final CdnUrls cdn = cdn(null);

	/** The CDN URLs of a client on {@code base} (Uploadcare's default CDN when null). */
	static CdnUrls cdn(CdnBase base) {
		UploadcareClient.Builder builder = UploadcareClient.builder().publicKey("demopublickey");
		return (base == null ? builder : builder.cdnBaseUrl(base.uri())).build().cdn();
	}

	@ParameterizedTest
	@CsvSource({ "demopublickey, 1s4oyld5dc", "anotherkey, 4073mye3t0", "c8c237984266090ff9b8, 127mbvwq3b",
			"3e6ba70c0670de3bef7a, u51bthcx6t", "823a5ae6eb3afa5b353f, ggiwfssv31" })
	void prefixVectors(String publicKey, String prefix) {
		assertThat(CdnPrefix.of(publicKey)).isEqualTo(prefix);
	}

	@Test
	void prefixDerivation() {
		byte[] digest = Hashing.sha256("demopublickey".getBytes());
		assertThat(Hashing.hex(digest)).isEqualTo("4779354e3114e57cb497246520c47b0665144e2f8d45ba518426ecbd407c6cb0");
		String base36 = new BigInteger(1, digest).toString(36);
		assertThat(base36).hasSize(50).startsWith("1s4oyld5dc");
		assertThat(BigInteger.valueOf(0).toString(36)).isEqualTo("0");
		assertThat(BigInteger.valueOf(35).toString(36)).isEqualTo("z");
		assertThat(BigInteger.valueOf(36).toString(36)).isEqualTo("10");
		assertThat(BigInteger.valueOf(123456789).toString(36)).isEqualTo("21i3v9");
		assertThat(BigInteger.valueOf(9876543210L).toString(36)).isEqualTo("4jc8lii");
		assertThat(CdnBase.forProject("demopublickey").uri()).isEqualTo(URI.create("https://1s4oyld5dc.ucarecd.net/"));
		assertThatThrownBy(() -> CdnPrefix.of(" ")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void fileUrls() {
		assertThat(cdn.base()).isEqualTo(URI.create("https://ucarecdn.com/"));
		assertThat(cdn.url(UUID)).isEqualTo(URI.create("https://ucarecdn.com/" + UUID + "/"));
		assertThat(cdn.url(UUID.toUpperCase())).isEqualTo(URI.create("https://ucarecdn.com/" + UUID + "/"));
		assertThat(cdn.url(UUID, "effect/flip/"))
			.isEqualTo(URI.create("https://ucarecdn.com/" + UUID + "/-/effect/flip/"));
		assertThat(cdn.url(UUID, "-/resize/10x/"))
			.isEqualTo(URI.create("https://ucarecdn.com/" + UUID + "/-/resize/10x/"));
		assertThat(cdn.url(UUID, "resize/10x/-/flip"))
			.isEqualTo(URI.create("https://ucarecdn.com/" + UUID + "/-/resize/10x/-/flip/"));
		assertThat(cdn.url(UUID, (String) null)).isEqualTo(cdn.url(UUID));
		assertThat(cdn.url(UUID, ImageTransformation.builder().grayscale().flip().build()))
			.isEqualTo(URI.create("https://ucarecdn.com/" + UUID + "/-/grayscale/-/flip/"));
		assertThat(cdn.url(UUID, "-/resize/200x/", "roof.jpg"))
			.isEqualTo(URI.create("https://ucarecdn.com/" + UUID + "/-/resize/200x/roof.jpg"));
		assertThat(cdn.url(UUID, ImageTransformation.empty(), "my roof é.jpg"))
			.isEqualTo(URI.create("https://ucarecdn.com/" + UUID + "/my%20roof%20%C3%A9.jpg"));
		assertThat(cdn.url(UUID, ImageTransformation.builder().detectFaces().build()))
			.isEqualTo(URI.create("https://ucarecdn.com/" + UUID + "/detect_faces/"));
	}

	@Test
	void groupUrls() {
		assertThat(cdn.groupUrl(GROUP)).isEqualTo(URI.create("https://ucarecdn.com/" + GROUP + "/"));
		assertThat(cdn.groupFileUrl(GROUP, 0)).isEqualTo(URI.create("https://ucarecdn.com/" + GROUP + "/nth/0/"));
		assertThat(cdn.groupFileUrl(GROUP, 2, ImageTransformation.builder().preview().build()))
			.isEqualTo(URI.create("https://ucarecdn.com/" + GROUP + "/nth/2/-/preview/"));
		assertThatThrownBy(() -> cdn.groupFileUrl(GROUP, 3)).hasMessageContaining("3");
		assertThatThrownBy(() -> cdn.groupFileUrl(GROUP, -1)).hasMessageContaining("-1");
		assertThatThrownBy(() -> cdn.groupUrl(UUID)).hasMessageContaining(UUID);
		assertThatThrownBy(() -> cdn.groupUrl(UUID + "~0")).hasMessageContaining("~0");
	}

	@Test
	void basesAndRebase() {
		CdnUrls project = cdn(CdnBase.forProject("demopublickey"));
		assertThat(project.url(UUID)).isEqualTo(URI.create("https://1s4oyld5dc.ucarecd.net/" + UUID + "/"));
		CdnUrls custom = cdn(CdnBase.of("https://cdn.example.com/files"));
		assertThat(custom.base()).isEqualTo(URI.create("https://cdn.example.com/files/"));
		assertThat(custom.url(UUID, "preview"))
			.isEqualTo(URI.create("https://cdn.example.com/files/" + UUID + "/-/preview/"));
		assertThat(project.rebase("https://ucarecdn.com/" + UUID + "/-/resize/10x/a.png?x=1"))
			.isEqualTo(URI.create("https://1s4oyld5dc.ucarecd.net/" + UUID + "/-/resize/10x/a.png"));
		assertThat(cdn.rebase(URI.create("https://cdn.example.com/files/" + GROUP + "/nth/1/")))
			.isEqualTo(URI.create("https://ucarecdn.com/" + GROUP + "/nth/1/"));
		assertThatThrownBy(() -> cdn.rebase("https://ucarecdn.com/nothing/")).hasMessageContaining("nothing");
		assertThatThrownBy(() -> CdnBase.of("ftp://x/")).hasMessageContaining("ftp://x/");
		assertThatThrownBy(() -> CdnBase.of("cdn.example.com")).hasMessageContaining("cdn.example.com");
		assertThatThrownBy(() -> CdnBase.of("https://x.com/?a=b")).hasMessageContaining("a=b");
	}

	@Test
	void rejectsBadUuids() {
		assertThatThrownBy(() -> cdn.url("52da3bfc-7cd8-4861-8b05-126fef7a699"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("52da3bfc-7cd8-4861-8b05-126fef7a699");
		assertThatThrownBy(() -> cdn.url((String) null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> cdn.url(UUID + "~1")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> cdn.url(UUID, "a b")).hasMessageContaining("a b");
		assertThat(UploadcareIds.isGroupId(GROUP)).isTrue();
		assertThat(UploadcareIds.groupSize(GROUP)).isEqualTo(3);
	}

}
