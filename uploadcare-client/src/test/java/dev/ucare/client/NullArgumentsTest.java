package dev.ucare.client;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.ucare.client.addons.Addon;
import dev.ucare.client.addons.AddonJob;
import dev.ucare.client.addons.AddonParams;
import dev.ucare.client.addons.AddonStatus;
import dev.ucare.client.addons.Appdata;
import dev.ucare.client.addons.AppdataSection;
import dev.ucare.client.addons.RemoveBgParams;
import dev.ucare.client.cdn.CdnBase;
import dev.ucare.client.cdn.ColorAdjustment;
import dev.ucare.client.cdn.CropAlignment;
import dev.ucare.client.cdn.Dimensions;
import dev.ucare.client.cdn.Gif2VideoFormat;
import dev.ucare.client.cdn.Gif2VideoQuality;
import dev.ucare.client.cdn.HorizontalAlignment;
import dev.ucare.client.cdn.ImageFilter;
import dev.ucare.client.cdn.ImageFormat;
import dev.ucare.client.cdn.ImageQuality;
import dev.ucare.client.cdn.ImageTransformation;
import dev.ucare.client.cdn.OverlayOffset;
import dev.ucare.client.cdn.Position;
import dev.ucare.client.cdn.ScaleCropMode;
import dev.ucare.client.cdn.SrgbMode;
import dev.ucare.client.cdn.StretchMode;
import dev.ucare.client.cdn.StripMetaMode;
import dev.ucare.client.cdn.TextBoxMode;
import dev.ucare.client.cdn.UploadcareUrl;
import dev.ucare.client.cdn.VerticalAlignment;
import dev.ucare.client.conversion.ConversionKind;
import dev.ucare.client.conversion.ConversionOptions;
import dev.ucare.client.conversion.DocumentFormat;
import dev.ucare.client.conversion.DocumentTransformation;
import dev.ucare.client.conversion.ResizeMode;
import dev.ucare.client.conversion.Transformation;
import dev.ucare.client.conversion.VideoFormat;
import dev.ucare.client.conversion.VideoQuality;
import dev.ucare.client.conversion.VideoTransformation;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileQuery;
import dev.ucare.client.files.RemoteCopyOptions;
import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import dev.ucare.client.reference.InvalidReferenceException;
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
import dev.ucare.client.upload.UrlUploadStatus;
import dev.ucare.client.webhooks.WebhookEvent;
import dev.ucare.client.webhooks.WebhookPayload;
import dev.ucare.client.webhooks.WebhookRequest;
import dev.ucare.client.webhooks.WebhookSignatureVerifier;
import dev.ucare.emulator.UploadcareEmulator;
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
import org.springframework.web.multipart.MultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The public API's null contract, as Kotlin and NullAway read the annotations: every
 * parameter of a public constructor or method of the client's public packages that is not
 * {@code @Nullable} refuses {@code null} at once with an {@link IllegalArgumentException}
 * naming it (its message contains the parameter's name, or the name split into words:
 * {@code "secretKey must not be null"}, {@code "stretch mode must not be null"}), never a
 * {@link NullPointerException} later or a silent acceptance. The services are reached
 * through a client built against the emulator, so that nothing is sent for a refused
 * call.
 *
 * <p>
 * Exceptions are left out (the client constructs them itself), and so are the callbacks
 * the client calls ({@link UploadcareObserver}, {@link UploadProgressListener}) and the
 * methods the compiler writes for enums ({@code valueOf}) and records ({@code equals}).
 */
class NullArgumentsTest {

	private static final String UUID = "3addab78-6368-4c55-ac08-22412b6a2a4c";

	/** Interfaces the client calls (never with null), whose defaults do nothing. */
	private static final Set<Class<?>> CALLBACKS = Set.of(UploadcareObserver.class, UploadProgressListener.class);

	/** The client's services, implemented in its internal packages. */
	private static final Set<Class<?>> SERVICES = Set.of(dev.ucare.client.files.FileOperations.class,
			dev.ucare.client.groups.GroupOperations.class, dev.ucare.client.metadata.MetadataOperations.class,
			dev.ucare.client.project.ProjectOperations.class, dev.ucare.client.webhooks.WebhookOperations.class,
			dev.ucare.client.conversion.ConversionOperations.class, dev.ucare.client.addons.AddonOperations.class,
			dev.ucare.client.cdn.CdnUrls.class, dev.ucare.client.upload.UploadOperations.class);

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
	void everyNonNullableParameterOfThePublicApiRejectsNullNamingIt() throws Exception {
		List<String> checked = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (Class<?> type : publicApi()) {
			Object target = instances().get(type);
			for (Executable executable : executables(type)) {
				boolean isStatic = executable instanceof Constructor<?> || Modifier.isStatic(executable.getModifiers());
				boolean checks = false;
				for (Parameter parameter : executable.getParameters()) {
					checks |= !parameter.getType().isPrimitive() && !isNullable(parameter.getAnnotatedType());
				}
				if (!checks) {
					continue;
				}
				if (!isStatic && target == null) {
					failures.add("no instance of " + type.getName() + " to call " + executable);
					continue;
				}
				Parameter[] parameters = executable.getParameters();
				for (int i = 0; i < parameters.length; i++) {
					if (parameters[i].getType().isPrimitive() || isNullable(parameters[i].getAnnotatedType())) {
						continue;
					}
					String name = describe(executable, parameters[i]);
					Object[] args = new Object[parameters.length];
					for (int j = 0; j < parameters.length; j++) {
						args[j] = (j == i || isNullable(parameters[j].getAnnotatedType())) ? null
								: sample(parameters[j]);
					}
					Throwable thrown = catchThrowable(() -> call(executable, isStatic ? null : target, args));
					if (!(thrown instanceof IllegalArgumentException)
							|| !namesParameter(thrown.getMessage(), parameters[i].getName())) {
						failures.add(name + " threw " + thrown);
					}
					checked.add(name);
				}
			}
		}
		assertThat(failures).isEmpty();
		// the check ran over the API, not over nothing
		assertThat(checked).hasSizeGreaterThan(200)
			.contains("UploadcareClient.Builder.publicKey(publicKey)", "UploadcareClient.Builder.clock(clock)",
					"HttpSettings(connectTimeout)", "FileInfo(uuid)", "RetrySettings(initialDelay)",
					"ImageTransformation.Builder.stretch(mode)", "UploadcareUrl.parse(uri)", "UploadSource.of(bytes)",
					"UploadOptions.Builder.metadata(key)", "WebhookPayload.parse(body)",
					"WebhookRequest.builder(event)", "MetadataRules.validate(metadata)", "FileReference.from(url)",
					"AddonJob(requestId)", "Appdata(raw)", "ConversionOptions(store)", "AkamaiAclTokenBuilder(clock)");
	}

	/**
	 * Whether a parameter's type is {@code @Nullable} (JSpecify's is a type annotation).
	 */
	private static boolean isNullable(AnnotatedType type) {
		return type.isAnnotationPresent(Nullable.class);
	}

	/**
	 * Whether {@code message} names {@code parameter}: as written ({@code cdnBase}), or
	 * in words ({@code "signing secret"} for {@code signingSecret}), case aside.
	 */
	private static boolean namesParameter(@Nullable String message, String parameter) {
		if (message == null) {
			return false;
		}
		String text = message.toLowerCase(Locale.ROOT);
		String words = parameter.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		String last = words.substring(words.lastIndexOf(' ') + 1);
		return Pattern
			.compile("\\b(" + Pattern.quote(parameter.toLowerCase(Locale.ROOT)) + "|" + Pattern.quote(words) + "|"
					+ Pattern.quote(last) + ")\\b")
			.matcher(text)
			.find();
	}

	/**
	 * The public types of the public packages, top-level and nested, read from the
	 * client's compiled classes.
	 */
	private static List<Class<?>> publicApi() throws Exception {
		Path classes = Path.of(UploadcareClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<Class<?>> types = new ArrayList<>();
		try (Stream<Path> files = Files.walk(classes)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".class")).toList()) {
				String name = classes.relativize(file)
					.toString()
					.replace(File.separatorChar, '.')
					.replace(".class", "");
				if (name.startsWith("dev.ucare.client.internal.") || name.endsWith("package-info")) {
					continue;
				}
				Class<?> type = Class.forName(name, false, NullArgumentsTest.class.getClassLoader());
				if (isPublic(type) && !type.isAnonymousClass() && !Throwable.class.isAssignableFrom(type)
						&& !CALLBACKS.contains(type) && !SERVICES.contains(type)) {
					types.add(type);
				}
			}
		}
		types.sort((a, b) -> a.getName().compareTo(b.getName()));
		return types;
	}

	private static boolean isPublic(Class<?> type) {
		for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
			if (!Modifier.isPublic(c.getModifiers())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The public constructors (not of abstract classes) and the public methods a type
	 * declares, but those the compiler writes ({@code equals} of records, {@code valueOf}
	 * of enums) or that only read ({@code equals}).
	 */
	private static List<Executable> executables(Class<?> type) {
		List<Executable> executables = new ArrayList<>();
		if (!Modifier.isAbstract(type.getModifiers()) && !type.isEnum()) {
			executables.addAll(List.of(type.getConstructors()));
		}
		for (Method method : type.getDeclaredMethods()) {
			if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()
					&& !method.getName().equals("equals") && !(type.isEnum() && method.getName().equals("valueOf"))) {
				executables.add(method);
			}
		}
		executables.sort((a, b) -> a.toString().compareTo(b.toString()));
		return executables;
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
	 * A valid value for a parameter, so that only the {@code null} argument can be
	 * refused: by type, and for strings by the parameter's name ({@code @Nullable}
	 * parameters get {@code null}).
	 */
	private static Object sample(Parameter parameter) throws Exception {
		Class<?> type = parameter.getType();
		String name = parameter.getName().toLowerCase(Locale.ROOT);
		if (type == String.class) {
			return sampleString(name);
		}
		Map<Class<?>, Supplier<Object>> samples = new LinkedHashMap<>();
		samples.put(int.class, () -> 1);
		samples.put(long.class, () -> name.equals("multipartthreshold") ? UploadSettings.MIN_MULTIPART_SIZE
				: name.equals("partsize") ? UploadSettings.MIN_PART_SIZE : 1L);
		samples.put(double.class, () -> 1.0);
		samples.put(boolean.class, () -> false);
		samples.put(Integer.class, () -> 1);
		samples.put(Long.class, () -> 1L);
		samples.put(Boolean.class, () -> true);
		samples.put(byte[].class, () -> new byte[] { 1 });
		samples.put(String[].class, () -> new String[] { "5" });
		samples.put(Object[].class, () -> new Object[] { "x" });
		samples.put(RuntimeException.class, () -> new IllegalStateException("failed"));
		samples.put(URI.class, () -> URI.create("https://example.com/"));
		samples.put(Duration.class, () -> Duration.ofSeconds(2));
		samples.put(Clock.class, Clock::systemUTC);
		samples.put(OffsetDateTime.class, OffsetDateTime::now);
		samples.put(Path.class, NullArgumentsTest::tempFile);
		samples.put(InputStream.class, () -> new ByteArrayInputStream(new byte[] { 1 }));
		samples.put(Resource.class, () -> new ByteArrayResource(new byte[] { 1 }));
		samples.put(MultipartFile.class, OneByteFile::new);
		samples.put(JsonNode.class, JsonNodeFactory.instance::objectNode);
		samples.put(Map.class, Map::of);
		samples.put(List.class, () -> name.contains("uuid") || name.contains("files") ? List.of(UUID) : List.of("5"));
		samples.put(Collection.class, () -> List.of(UUID));
		samples.put(Set.class, Set::of);
		samples.put(Function.class, () -> (Function<HttpSettings, ClientHttpRequestFactory>) (s) -> null);
		samples.put(Supplier.class, () -> (Supplier<RestClient.Builder>) RestClient::builder);
		samples.put(RestClient.Builder.class, RestClient::builder);
		samples.put(HttpSettings.class, () -> HttpSettings.DEFAULTS);
		samples.put(RetrySettings.class, () -> RetrySettings.DEFAULTS);
		samples.put(WaitSettings.class, () -> WaitSettings.DEFAULTS);
		samples.put(AuthScheme.class, () -> AuthScheme.SIGNED);
		samples.put(Store.class, () -> Store.AUTO);
		samples.put(UploadcareObserver.class, () -> UploadcareObserver.NONE);
		samples.put(UploadSettings.class, () -> UploadSettings.DEFAULTS);
		samples.put(SecureUrlBuilder.class, () -> new AkamaiAclTokenBuilder("cdn.example.com", "00ff"));
		samples.put(FileInfo.class, NullArgumentsTest::file);
		samples.put(FileQuery.class, FileQuery::all);
		samples.put(dev.ucare.client.groups.GroupQuery.class, dev.ucare.client.groups.GroupQuery::all);
		samples.put(RemoteCopyOptions.class, RemoteCopyOptions::defaults);
		samples.put(Addon.class, () -> Addon.REMOVE_BG);
		samples.put(AddonParams.class, AddonParams::removeBg);
		samples.put(AddonJob.class, () -> new AddonJob(Addon.REMOVE_BG, "r"));
		samples.put(AddonStatus.State.class, () -> AddonStatus.State.DONE);
		samples.put(AppdataSection.class, NullArgumentsTest::section);
		samples.put(RemoveBgParams.class, () -> RemoveBgParams.builder().build());
		samples.put(RemoveBgParams.TypeLevel.class, () -> RemoveBgParams.TypeLevel.NONE);
		samples.put(RemoveBgParams.ForegroundType.class, () -> RemoveBgParams.ForegroundType.AUTO);
		samples.put(RemoveBgParams.Channels.class, () -> RemoveBgParams.Channels.RGBA);
		samples.put(ImageTransformation.class, ImageTransformation::empty);
		samples.put(UploadcareUrl.class, () -> UploadcareUrl.parse(UUID));
		samples.put(Dimensions.class, () -> Dimensions.of(1, 1));
		samples.put(Position.class, () -> Position.at(1, 1));
		samples.put(OverlayOffset.class, () -> OverlayOffset.CENTER);
		samples.put(StretchMode.class, () -> StretchMode.ON);
		samples.put(CropAlignment.class, () -> CropAlignment.CENTER);
		samples.put(ScaleCropMode.class, () -> ScaleCropMode.CENTER);
		samples.put(ImageFormat.class, () -> ImageFormat.PNG);
		samples.put(ImageQuality.class, () -> ImageQuality.NORMAL);
		samples.put(Gif2VideoFormat.class, () -> Gif2VideoFormat.MP4);
		samples.put(Gif2VideoQuality.class, () -> Gif2VideoQuality.NORMAL);
		samples.put(StripMetaMode.class, () -> StripMetaMode.ALL);
		samples.put(ColorAdjustment.class, () -> ColorAdjustment.BRIGHTNESS);
		samples.put(ImageFilter.class, () -> ImageFilter.values()[0]);
		samples.put(SrgbMode.class, () -> SrgbMode.FAST);
		samples.put(HorizontalAlignment.class, () -> HorizontalAlignment.CENTER);
		samples.put(VerticalAlignment.class, () -> VerticalAlignment.CENTER);
		samples.put(TextBoxMode.class, () -> TextBoxMode.values()[0]);
		samples.put(ConversionKind.class, () -> ConversionKind.DOCUMENT);
		samples.put(ConversionOptions.class, ConversionOptions::defaults);
		samples.put(Transformation.class, () -> DocumentTransformation.builder().build());
		samples.put(DocumentFormat.class, () -> DocumentFormat.PDF);
		samples.put(VideoFormat.class, () -> VideoFormat.MP4);
		samples.put(VideoQuality.class, () -> VideoQuality.NORMAL);
		samples.put(ResizeMode.class, () -> ResizeMode.PRESERVE_RATIO);
		samples.put(UploadSource.class, () -> UploadSource.of(new byte[] { 1 }, "a.txt"));
		samples.put(UploadOptions.class, UploadOptions::defaults);
		samples.put(UrlUploadOptions.class, UrlUploadOptions::defaults);
		samples.put(UploadSignature.class, () -> UploadSignature.create("secret", 1));
		samples.put(UploadProgressListener.class, () -> UploadProgressListener.NONE);
		samples.put(UrlUploadStatus.State.class, () -> UrlUploadStatus.State.WAITING);
		samples.put(WebhookEvent.class, () -> WebhookEvent.FILE_UPLOADED);
		samples.put(WebhookRequest.class,
				() -> WebhookRequest.builder("https://example.com/hook", WebhookEvent.FILE_UPLOADED).build());
		samples.put(WebhookPayload.Hook.class, NullArgumentsTest::hook);
		samples.put(InvalidReferenceException.Part.class, () -> InvalidReferenceException.Part.VALUE);
		Supplier<Object> sample = samples.get(type);
		if (sample == null) {
			throw new IllegalStateException("no sample value for " + type + " (" + parameter + ")");
		}
		return sample.get();
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

	private static String describe(Executable executable, Parameter parameter) {
		Class<?> type = executable.getDeclaringClass();
		String owner = (type.getEnclosingClass() != null)
				? type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName() : type.getSimpleName();
		return owner + ((executable instanceof Method) ? "." + executable.getName() : "") + "(" + parameter.getName()
				+ ")";
	}

	private static void call(Executable executable, @Nullable Object target, @Nullable Object[] args) throws Throwable {
		try {
			if (executable instanceof Constructor<?> constructor) {
				constructor.newInstance(args);
			}
			else {
				((Method) executable).invoke(target, args);
			}
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/** A received file of one byte. */
	private static final class OneByteFile implements MultipartFile {

		@Override
		public String getName() {
			return "f";
		}

		@Override
		public String getOriginalFilename() {
			return "f.txt";
		}

		@Override
		public String getContentType() {
			return "text/plain";
		}

		@Override
		public boolean isEmpty() {
			return false;
		}

		@Override
		public long getSize() {
			return 1;
		}

		@Override
		public byte[] getBytes() {
			return new byte[] { 1 };
		}

		@Override
		public InputStream getInputStream() {
			return new ByteArrayInputStream(getBytes());
		}

		@Override
		public void transferTo(java.io.File dest) {
			throw new UnsupportedOperationException();
		}

	}

}
