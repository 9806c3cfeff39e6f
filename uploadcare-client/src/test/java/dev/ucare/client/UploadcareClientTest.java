package dev.ucare.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.ucare.client.cdn.ImageTransformation;
import dev.ucare.client.secure.AkamaiAclTokenBuilder;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client's configuration choices: CDN host, secure delivery, required keys. */
class UploadcareClientTest {

	private static final String UUID = "52da3bfc-7cd8-4861-8b05-126fef7a6994";

	@Test
	void cdnUrlsUseTheDefaultHostTheProjectSubdomainOrACustomBase() {
		assertThat(UploadcareClient.builder().publicKey("demopublickey").build().cdn().url(UUID))
			.isEqualTo(URI.create("https://ucarecdn.com/" + UUID + "/"));
		assertThat(UploadcareClient.builder().publicKey("demopublickey").perProjectCdn(true).build().cdn().url(UUID))
			.isEqualTo(URI.create("https://1s4oyld5dc.ucarecd.net/" + UUID + "/"));
		UploadcareClient custom = UploadcareClient.builder()
			.publicKey("demopublickey")
			.perProjectCdn(true)
			.cdnBaseUrl(URI.create("https://cdn.example.com"))
			.build();
		assertThat(custom.cdn().url(UUID, ImageTransformation.builder().grayscale().build()))
			.isEqualTo(URI.create("https://cdn.example.com/" + UUID + "/-/grayscale/"));
	}

	@Test
	void cdnBaseUrlIsTheBaseOfTheCdnLinks() {
		UploadcareClient custom = UploadcareClient.builder()
			.publicKey("demopublickey")
			.cdnBaseUrl(URI.create("https://cdn.example.com/files"))
			.build();
		assertThat(custom.cdnBaseUrl()).isEqualTo(URI.create("https://cdn.example.com/files/"))
			.isEqualTo(custom.cdn().base());
		UploadcareClient project = UploadcareClient.builder().publicKey("demopublickey").perProjectCdn(true).build();
		assertThat(project.cdnBaseUrl()).isEqualTo(URI.create("https://1s4oyld5dc.ucarecd.net/"))
			.isEqualTo(project.cdn().base());
	}

	@Test
	void anInvalidCdnBaseFailsTheBuildNotTheFirstUse() {
		assertThatThrownBy(() -> UploadcareClient.builder()
			.publicKey("demopublickey")
			.cdnBaseUrl(URI.create("ftp://cdn.example.com/"))
			.build()).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void signedUploadsWithoutASecretKeyFailTheBuildNotTheFirstUpload() {
		assertThatThrownBy(() -> UploadcareClient.builder().publicKey("demopublickey").signedUploads(true).build())
			.isInstanceOf(UploadcareConfigurationException.class)
			.hasMessageContaining("secret key");
	}

	@Test
	void eachServiceIsCreatedOnceWhicheverThreadsUseItFirst() throws Exception {
		for (int round = 0; round < 20; round++) {
			UploadcareClient client = UploadcareClient.builder()
				.publicKey("demopublickey")
				.secretKey("demosecretkey")
				.build();
			int threads = 8;
			CyclicBarrier start = new CyclicBarrier(threads);
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try {
				List<Future<List<Object>>> seen = new ArrayList<>();
				for (int i = 0; i < threads; i++) {
					seen.add(pool.submit(() -> {
						start.await();
						// conversions and groups use files (and groups uploads) of their
						// own
						return List.of(client.conversions(), client.groups(), client.files(), client.uploads(),
								client.metadata(), client.project(), client.webhooks(), client.addons(), client.cdn());
					}));
				}
				List<Object> first = seen.get(0).get(10, TimeUnit.SECONDS);
				for (Future<List<Object>> other : seen) {
					List<Object> services = other.get(10, TimeUnit.SECONDS);
					for (int i = 0; i < first.size(); i++) {
						assertThat(services.get(i)).isNotNull().isSameAs(first.get(i));
					}
				}
				assertThat(client.files()).isSameAs(first.get(2));
			}
			finally {
				pool.shutdownNow();
				client.close();
			}
		}
	}

	@Test
	void secureUrlsNeedASecureUrlBuilder() {
		UploadcareClient plain = UploadcareClient.builder().publicKey("demopublickey").build();
		assertThat(plain.hasSecureUrls()).isFalse();
		assertThatThrownBy(plain::secureUrls).isInstanceOf(UploadcareConfigurationException.class)
			.hasMessageContaining("secure-delivery");

		Clock frozen = Clock.fixed(Instant.parse("2021-10-12T00:00:00Z"), ZoneOffset.UTC);
		UploadcareClient secured = UploadcareClient.builder()
			.publicKey("demopublickey")
			.secureUrlBuilder(new AkamaiAclTokenBuilder("cdn.yourdomain.com",
					"73636b61519adede42191efe1e73f02a67c7b692e3765f90c250c230be095211", Duration.ofSeconds(300),
					frozen))
			.build();
		assertThat(secured.secureUrls().url(UUID))
			.hasToString("https://cdn.yourdomain.com/" + UUID + "/?token=exp=1633997100~acl=/" + UUID
					+ "/~hmac=81852547d9dbd9eefd24bee2cada6eab02244b9013533bc8511511923098df72");
	}

	@Test
	void publicKeyIsRequired() {
		assertThatThrownBy(() -> UploadcareClient.builder().secretKey("s").build())
			.isInstanceOf(UploadcareConfigurationException.class)
			.hasMessageContaining("public key");
	}

	@Test
	void uploadSignaturesAreMadeWithTheSecretKeyWithoutExposingIt() {
		UploadcareClient client = UploadcareClient.builder()
			.publicKey("demopublickey")
			.secretKey("demosecretkey")
			.uploadBaseUrl(URI.create("http://127.0.0.1:9/up"))
			.build();
		assertThat(client.uploadBaseUrl()).isEqualTo(URI.create("http://127.0.0.1:9/up/"));
		assertThat(client.uploadSignature(1698364860L).signature())
			.isEqualTo("bf659caf5e081da589634770a84494fdb310d117be6f3f7b8e9842abf2997695");
		assertThat(client.toString()).doesNotContain("demosecretkey");
		UploadcareClient uploadOnly = UploadcareClient.builder().publicKey("demopublickey").build();
		assertThat(uploadOnly.uploadBaseUrl()).isEqualTo(UploadcareClient.DEFAULT_UPLOAD_BASE_URL);
		assertThatThrownBy(() -> uploadOnly.uploadSignature(1698364860L))
			.isInstanceOf(UploadcareConfigurationException.class)
			.hasMessageContaining("secret key");
	}

}
