package dev.ucare.client;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.ucare.client.addons.Addon;
import dev.ucare.client.addons.AddonJob;
import dev.ucare.client.addons.AddonParams;
import dev.ucare.client.addons.AddonStatus;
import dev.ucare.client.addons.Appdata;
import dev.ucare.client.addons.AppdataSection;
import dev.ucare.client.addons.RemoveBgParams;
import dev.ucare.client.cdn.CdnBase;
import dev.ucare.client.cdn.Dimensions;
import dev.ucare.client.cdn.ImageTransformation;
import dev.ucare.client.cdn.Position;
import dev.ucare.client.cdn.UploadcareUrl;
import dev.ucare.client.conversion.ConversionOptions;
import dev.ucare.client.conversion.DocumentTransformation;
import dev.ucare.client.conversion.Transformation;
import dev.ucare.client.conversion.VideoTransformation;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileQuery;
import dev.ucare.client.files.RemoteCopyOptions;
import dev.ucare.client.observation.DefaultUploadcareObservationConvention;
import dev.ucare.client.observation.UploadcareObservationConvention;
import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import dev.ucare.client.secure.AkamaiAclTokenBuilder;
import dev.ucare.client.secure.AkamaiUrlTokenBuilder;
import dev.ucare.client.secure.SecureUrlBuilder;
import dev.ucare.client.testing.EmulatorClients;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.upload.UploadProgressListener;
import dev.ucare.client.upload.UploadSettings;
import dev.ucare.client.upload.UploadSignature;
import dev.ucare.client.upload.UploadSource;
import dev.ucare.client.upload.UrlUploadOptions;
import dev.ucare.client.webhooks.WebhookEvent;
import dev.ucare.client.webhooks.WebhookPayload;
import dev.ucare.client.webhooks.WebhookRequest;
import dev.ucare.client.webhooks.WebhookSignatureVerifier;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.testsupport.NullArguments;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The client's null contract ({@link NullArguments}): every parameter of a public
 * constructor or method of its public packages that is not {@code @Nullable} refuses
 * {@code null} at once with an {@link IllegalArgumentException} naming it, as Kotlin and
 * NullAway read the annotations. The services are reached through a client built against
 * the emulator, so that a call that refused nothing would show.
 *
 * <p>
 * Exceptions are left out (the client constructs them itself), and so are the callbacks
 * ({@link #CALLBACKS}).
 */
class NullArgumentsTest {

	private static final String UUID = "3addab78-6368-4c55-ac08-22412b6a2a4c";

	/**
	 * Callbacks the client or Micrometer calls (never with null): the observer and
	 * progress listener, whose defaults do nothing, and the observation conventions.
	 */
	private static final Set<Class<?>> CALLBACKS = Set.of(UploadcareObserver.class, UploadProgressListener.class,
			UploadcareObservationConvention.class, DefaultUploadcareObservationConvention.class);

	private static UploadcareEmulator emulator;

	private static UploadcareClient client;

	@BeforeAll
	static void start() {
		emulator = UploadcareEmulator.start();
		client = EmulatorClients.builderFor(emulator).build();
	}

	@AfterAll
	static void stop() {
		client.close();
		emulator.close();
	}

	@Test
	void everyNonNullableParameterOfThePublicApiRejectsNullNamingIt() {
		List<Class<?>> types = NullArguments.publicTypes(UploadcareClient.class,
				(type) -> !type.getPackageName().startsWith("dev.ucare.client.internal")
						&& !Throwable.class.isAssignableFrom(type) && !CALLBACKS.contains(type));
		NullArguments check = NullArguments.of(types);
		instances().forEach(check::instance);
		samples(check, types);
		NullArguments.Result result = check.check();
		assertThat(result.failures()).isEmpty();
		// the check ran over the API, not over nothing
		assertThat(result.checked()).hasSizeGreaterThan(200)
			.contains("UploadcareClient.Builder.publicKey(publicKey)", "UploadcareClient.Builder.clock(clock)",
					"HttpSettings(connectTimeout)", "FileInfo(uuid)", "RetrySettings(initialDelay)",
					"ImageTransformation.Builder.stretch(mode)", "UploadcareUrl.parse(uri)", "UploadSource.of(bytes)",
					"UploadOptions.Builder.metadata(key)", "WebhookPayload.parse(body)",
					"WebhookRequest.builder(event)", "MetadataRules.validate(metadata)", "FileReference.from(url)",
					"AddonJob(requestId)", "Appdata(raw)", "ConversionOptions(store)", "AkamaiAclTokenBuilder(clock)");
	}

	/** Instances to call instance methods on, by type. */
	private static Map<Class<?>, Object> instances() {
		Map<Class<?>, Object> instances = new LinkedHashMap<>();
		instances.put(UploadcareClient.class, client);
		instances.put(UploadcareClient.Builder.class, UploadcareClient.builder());
		instances.put(HttpSettings.class, HttpSettings.DEFAULTS);
		instances.put(RetrySettings.class, RetrySettings.DEFAULTS);
		instances.put(WaitSettings.class, WaitSettings.DEFAULTS);
		instances.put(Page.class, new Page<>(List.of(), null, null, 0, 0, null));
		instances.put(UploadcareObserver.class, UploadcareObserver.NONE);
		instances.put(FileQuery.class, FileQuery.all());
		instances.put(FileQuery.Builder.class, FileQuery.builder());
		instances.put(FileInfo.class, file());
		instances.put(AddonParams.class, AddonParams.removeBg());
		instances.put(RemoveBgParams.class, RemoveBgParams.builder().build());
		instances.put(RemoveBgParams.Builder.class, RemoveBgParams.builder());
		instances.put(AddonStatus.class, new AddonStatus(AddonStatus.State.DONE, null));
		instances.put(Appdata.class, Appdata.of(null));
		instances.put(Appdata.Labels.class, new Appdata.Labels(section(), null, null));
		instances.put(ImageTransformation.class, ImageTransformation.empty());
		instances.put(ImageTransformation.Builder.class, ImageTransformation.builder());
		instances.put(UploadcareUrl.class, UploadcareUrl.parse(UUID));
		instances.put(Position.class, Position.at(1, 1));
		instances.put(Dimensions.class, Dimensions.of(1, 1));
		instances.put(CdnBase.class, CdnBase.ucarecdn());
		instances.put(ConversionOptions.class, ConversionOptions.defaults());
		instances.put(DocumentTransformation.class, DocumentTransformation.builder().build());
		instances.put(DocumentTransformation.Builder.class, DocumentTransformation.builder());
		instances.put(VideoTransformation.class, VideoTransformation.builder().build());
		instances.put(VideoTransformation.Builder.class, VideoTransformation.builder());
		instances.put(dev.ucare.client.conversion.DocumentInfo.class,
				new dev.ucare.client.conversion.DocumentInfo(null, null, null, null));
		instances.put(FileReference.class, FileReference.of(UUID));
		instances.put(GroupReference.class, GroupReference.of(UUID + "~2"));
		instances.put(AkamaiAclTokenBuilder.class, new AkamaiAclTokenBuilder("cdn.example.com", "00ff"));
		instances.put(AkamaiUrlTokenBuilder.class, new AkamaiUrlTokenBuilder("cdn.example.com", "00ff"));
		instances.put(UploadSource.class, UploadSource.of(new byte[1], "a.txt"));
		instances.put(UploadOptions.class, UploadOptions.defaults());
		instances.put(UploadOptions.Builder.class, UploadOptions.builder());
		instances.put(UrlUploadOptions.class, UrlUploadOptions.defaults());
		instances.put(UploadSettings.class, UploadSettings.DEFAULTS);
		instances.put(WebhookRequest.class, WebhookRequest.builder().build());
		instances.put(WebhookRequest.Builder.class, WebhookRequest.builder());
		instances.put(WebhookSignatureVerifier.class, new WebhookSignatureVerifier("secret"));
		instances.put(WebhookPayload.class, new WebhookPayload(hook(), null, null, null, null));
		instances.put(dev.ucare.client.webhooks.Webhook.class, new dev.ucare.client.webhooks.Webhook(1, null, null,
				WebhookEvent.FILE_UPLOADED, "https://example.com/hook", null, null, null, null));
		// the services, through the client: a refused call sends nothing
		instances.put(dev.ucare.client.files.FileOperations.class, client.files());
		instances.put(dev.ucare.client.groups.GroupOperations.class, client.groups());
		instances.put(dev.ucare.client.metadata.MetadataOperations.class, client.metadata());
		instances.put(dev.ucare.client.webhooks.WebhookOperations.class, client.webhooks());
		instances.put(dev.ucare.client.conversion.ConversionOperations.class, client.conversions());
		instances.put(dev.ucare.client.addons.AddonOperations.class, client.addons());
		instances.put(dev.ucare.client.cdn.CdnUrls.class, client.cdn());
		instances.put(dev.ucare.client.upload.UploadOperations.class, client.uploads());
		instances.put(SecureUrlBuilder.class, new AkamaiAclTokenBuilder("cdn.example.com", "00ff"));
		instances.put(Transformation.class, DocumentTransformation.builder().build());
		return instances;
	}

	private static FileInfo file() {
		return new FileInfo(UUID, null, null, null, null, null, null, null, null, 1, null, null, null, null, null, null,
				null, null);
	}

	private static AppdataSection section() {
		return new AppdataSection(null, null, null, JsonNodeFactory.instance.objectNode());
	}

	private static WebhookPayload.Hook hook() {
		return new WebhookPayload.Hook(null, null, null, null, "file.uploaded", null, null, null, null);
	}

	/**
	 * Valid values for parameters, so that only the {@code null} argument can be refused:
	 * by type (an enum's first constant), and for strings by the parameter's name.
	 */
	private static void samples(NullArguments check, List<Class<?>> types) {
		types.stream().filter(Class::isEnum).forEach((type) -> check.sample(type, () -> type.getEnumConstants()[0]));
		check.sampleFor(long.class, (parameter) -> switch (parameter.getName()) {
			case "multipartThreshold" -> UploadSettings.MIN_MULTIPART_SIZE;
			case "partSize" -> UploadSettings.MIN_PART_SIZE;
			default -> 1L;
		});
		check.sampleFor(String.class, (parameter) -> sampleString(parameter.getName().toLowerCase(Locale.ROOT)));
		check.sample(Integer.class, () -> 1);
		check.sample(Long.class, () -> 1L);
		check.sample(Boolean.class, () -> true);
		check.sample(byte[].class, () -> new byte[] { 1 });
		check.sample(String[].class, () -> new String[] { "5" });
		check.sample(Object[].class, () -> new Object[] { "x" });
		check.sample(RuntimeException.class, () -> new IllegalStateException("failed"));
		check.sample(URI.class, () -> URI.create("https://example.com/"));
		check.sample(Duration.class, () -> Duration.ofSeconds(2));
		check.sample(Clock.class, Clock::systemUTC);
		check.sample(OffsetDateTime.class, OffsetDateTime::now);
		check.sample(Path.class, NullArgumentsTest::tempFile);
		check.sample(InputStream.class, () -> new ByteArrayInputStream(new byte[] { 1 }));
		check.sample(Resource.class, () -> new ByteArrayResource(new byte[] { 1 }));
		check.sample(MultipartFile.class, () -> new MockMultipartFile("f", "f.txt", "text/plain", new byte[] { 1 }));
		check.sample(JsonNode.class, JsonNodeFactory.instance::objectNode);
		check.sample(Map.class, Map::of);
		check.sampleFor(List.class,
				(parameter) -> parameter.getName().matches("uuids|files|paths") ? List.of(UUID) : List.of("5"));
		check.sample(Collection.class, () -> List.of(UUID));
		check.sample(Set.class, Set::of);
		check.sample(Function.class, () -> (Function<HttpSettings, ClientHttpRequestFactory>) (s) -> null);
		check.sample(Supplier.class, () -> (Supplier<RestClient.Builder>) RestClient::builder);
		check.sample(RestClient.Builder.class, RestClient::builder);
		check.sample(HttpSettings.class, () -> HttpSettings.DEFAULTS);
		check.sample(RetrySettings.class, () -> RetrySettings.DEFAULTS);
		check.sample(WaitSettings.class, () -> WaitSettings.DEFAULTS);
		check.sample(UploadcareObserver.class, () -> UploadcareObserver.NONE);
		check.sample(UploadSettings.class, () -> UploadSettings.DEFAULTS);
		check.sample(SecureUrlBuilder.class, () -> new AkamaiAclTokenBuilder("cdn.example.com", "00ff"));
		check.sample(FileInfo.class, NullArgumentsTest::file);
		check.sample(FileQuery.class, FileQuery::all);
		check.sample(dev.ucare.client.groups.GroupQuery.class, dev.ucare.client.groups.GroupQuery::all);
		check.sample(RemoteCopyOptions.class, RemoteCopyOptions::defaults);
		check.sample(AddonParams.class, AddonParams::removeBg);
		check.sample(AddonJob.class, () -> new AddonJob(Addon.REMOVE_BG, "r"));
		check.sample(AppdataSection.class, NullArgumentsTest::section);
		check.sample(RemoveBgParams.class, () -> RemoveBgParams.builder().build());
		check.sample(ImageTransformation.class, ImageTransformation::empty);
		check.sample(UploadcareUrl.class, () -> UploadcareUrl.parse(UUID));
		check.sample(Dimensions.class, () -> Dimensions.of(1, 1));
		check.sample(Position.class, () -> Position.at(1, 1));
		check.sample(ConversionOptions.class, ConversionOptions::defaults);
		check.sample(Transformation.class, () -> DocumentTransformation.builder().build());
		check.sample(UploadSource.class, () -> UploadSource.of(new byte[] { 1 }, "a.txt"));
		check.sample(UploadOptions.class, UploadOptions::defaults);
		check.sample(UrlUploadOptions.class, UrlUploadOptions::defaults);
		check.sample(UploadSignature.class, () -> UploadSignature.create("secret", 1));
		check.sample(UploadProgressListener.class, () -> UploadProgressListener.NONE);
		check.sample(WebhookRequest.class,
				() -> WebhookRequest.builder("https://example.com/hook", WebhookEvent.FILE_UPLOADED).build());
		check.sample(WebhookPayload.Hook.class, NullArgumentsTest::hook);
	}

	private static String sampleString(String name) {
		if (name.contains("groupid")) {
			return UUID + "~2";
		}
		if (name.contains("uuid") || name.equals("source") || name.equals("value") || name.contains("file")) {
			return UUID;
		}
		if (name.contains("url") || name.contains("target")) {
			return "https://example.com/hook";
		}
		if (name.contains("host")) {
			return "cdn.example.com";
		}
		if (name.contains("hexsecret")) {
			return "00ff";
		}
		if (name.contains("color")) {
			return "fff";
		}
		if (name.equals("start") || name.equals("length") || name.contains("margin") || name.equals("x")
				|| name.equals("y") || name.equals("width") || name.equals("height")) {
			return "5";
		}
		if (name.equals("scale") || name.equals("position")) {
			return "50%";
		}
		if (name.equals("roi")) {
			return "0% 0% 100% 100%";
		}
		if (name.equals("wirename")) {
			return "remove_bg";
		}
		if (name.equals("version")) {
			return "0.7";
		}
		return "k";
	}

	private static Path tempFile() {
		try {
			Path file = Files.createTempFile("null-arguments", ".txt");
			Files.writeString(file, "x");
			file.toFile().deleteOnExit();
			return file;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
