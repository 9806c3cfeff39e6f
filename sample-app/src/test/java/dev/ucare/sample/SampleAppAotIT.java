package dev.ucare.sample;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.ucare.client.Store;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.cdn.CdnUrls;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.emulator.UploadcareEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample app as processed ahead of time by {@code spring-boot:process-aot} (the
 * build's {@code process-aot} execution), started by Maven Failsafe with
 * {@code -Dspring.aot.enabled=true}: the generated bean definitions replace the
 * configuration classes, and the app still serves pages, uploads through the client,
 * receives verified webhooks and reports health. The generated native-image metadata
 * carries the client's hints ({@code aot.factories} of {@code uploadcare-client}). Not a
 * {@code @SpringBootTest}: test contexts are not AOT-processed here.
 */
class SampleAppAotIT {

	private static final String METADATA = "META-INF/native-image/dev.ucare/sample-app/reachability-metadata.json";

	private static ConfigurableApplicationContext context;

	private static String base;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void start() {
		assertThat(AotDetector.useGeneratedArtifacts()).as("run with -Dspring.aot.enabled=true (the failsafe setup)")
			.isTrue();
		SpringApplication application = new SpringApplication(SampleApplication.class);
		// the generated initializer is named after the main class, which is not on this
		// thread's stack
		application.setMainApplicationClass(SampleApplication.class);
		context = application.run("--server.port=0", "--sample.emulator.always=true");
		base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
	}

	@AfterAll
	static void stop() {
		if (context != null) {
			context.close();
		}
	}

	@Test
	void theBeansComeFromTheGeneratedCode() {
		// AOT-generated definitions create their beans through instance suppliers, not
		// by calling @Bean methods found by reflection
		for (String name : List.of("uploadcareClient", "uploadcareConnectionDetails",
				"uploadcareEmulatorConnectionDetails", "uploadcareHealthIndicator")) {
			if (context.getBeanFactory().containsBeanDefinition(name)) {
				RootBeanDefinition definition = (RootBeanDefinition) context.getBeanFactory()
					.getMergedBeanDefinition(name);
				assertThat(definition.getInstanceSupplier()).as("instance supplier of %s", name).isNotNull();
			}
		}
		assertThat(context.getBeanFactory().containsBeanDefinition("uploadcareEmulatorConnectionDetails")).isTrue();
		UploadcareEmulator emulator = context.getBean(UploadcareEmulator.class);
		assertThat(context.getBean(UploadcareClient.class).publicKey()).isEqualTo(emulator.publicKey());
	}

	@Test
	void anUploadFromAUrlIsListedShownAndComesBackAsAWebhookEvent() throws Exception {
		HttpResponse<String> uploaded = postForm("/uploads/from-url", "url", base + "/sample/gradient.png", "store",
				"true");
		assertThat(uploaded.statusCode()).isEqualTo(302);
		String location = uploaded.headers().firstValue("Location").orElseThrow();
		String uuid = location.substring(location.lastIndexOf('/') + 1);
		assertThat(uuid).hasSize(36);
		HttpResponse<String> page = get(URI.create(location).getPath());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(uuid).contains("gradient.png");
		assertThat(get("/files").body()).contains(uuid);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(get("/events.json").body()).contains(uuid));
	}

	@Test
	void healthReportsTheUploadcareIndicatorUp() throws Exception {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		JsonNode uploadcare = JsonMapper.shared().readTree(health.body()).path("components").path("uploadcare");
		assertThat(uploadcare.path("status").asString()).isEqualTo("UP");
	}

	@Test
	void aGalleryItemIsSavedWithJpaAndItsPictureStoredOnceCommitted() throws Exception {
		UploadcareEmulator emulator = context.getBean(UploadcareEmulator.class);
		FileInfo picture;
		try (InputStream image = new ClassPathResource("static/sample/gradient.png").getInputStream()) {
			picture = context.getBean(UploadOperations.class)
				.upload(image.readAllBytes(), UploadOptions.builder().filename("aot.png").store(Store.FALSE).build());
		}
		HttpResponse<String> saved = postForm("/browser-upload", "title", "Ahead of time", "picture",
				context.getBean(CdnUrls.class).url(picture.uuid()).toString());
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(emulator.file(picture.uuid()).orElseThrow().isStored()).isTrue();
		URI location = URI.create(saved.headers().firstValue("Location").orElseThrow());
		assertThat(get(location.getRawPath() + "?" + location.getRawQuery()).body())
			.contains("<strong id=\"saved-stored\">yes</strong>");
	}

	@Test
	void theNativeImageMetadataCarriesTheClientsHints() throws IOException {
		JsonNode metadata;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(METADATA)) {
			assertThat(in).as(METADATA + " generated by process-aot").isNotNull();
			metadata = JsonMapper.shared().readTree(in);
		}
		List<String> types = new ArrayList<>();
		// proxy entries (JPA repositories) have an object as type
		metadata.path("reflection")
			.forEach((entry) -> types.add(entry.path("type").isString() ? entry.path("type").asString() : ""));
		assertThat(types).contains("dev.ucare.client.files.FileInfo", "dev.ucare.client.webhooks.WebhookPayload",
				"dev.ucare.client.Page", "dev.ucare.boot.autoconfigure.UploadcareProperties",
				"dev.ucare.boot.hibernate.ReferenceTypeContributor",
				"dev.ucare.boot.hibernate.ReferenceTypeContributor$AutoAppliedFileReferenceConverter");
		List<String> resources = new ArrayList<>();
		metadata.path("resources").forEach((entry) -> resources.add(entry.path("glob").asString()));
		assertThat(resources).contains("dev/ucare/client/version.properties");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", path.startsWith("/actuator") || path.endsWith(".json") ? "application/json" : "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postForm(String path, String... fields) throws IOException, InterruptedException {
		return http.send(Forms.post(URI.create(base + path), fields).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
