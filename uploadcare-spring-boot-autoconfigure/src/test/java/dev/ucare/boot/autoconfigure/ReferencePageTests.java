package dev.ucare.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.ucare.boot.autoconfigure.metrics.UploadcareMeters;
import dev.ucare.boot.autoconfigure.persistence.EntityFileAction;
import dev.ucare.boot.autoconfigure.uploader.UploadSignatureMetrics;
import dev.ucare.boot.autoconfigure.webhooks.WebhookOutcome;
import dev.ucare.client.observation.DefaultUploadcareObservationConvention;
import dev.ucare.client.observation.UploadcareObservationDocumentation;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Keeps {@code docs/reference.md} honest: its property table is the one generated from
 * the configuration metadata the build produces, and it names every bean, customization
 * interface and meter of the starter. With {@code -Dreference.update=true} the property
 * table is rewritten instead of compared (the command is on the page).
 */
class ReferencePageTests {

	static final Path PAGE = Path.of("..", "docs", "reference.md");

	static final String START = "<!-- properties:start (generated from the configuration metadata by ReferencePageTests; do not edit by hand) -->";

	static final String END = "<!-- properties:end -->";

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	private static final String UPDATE = "reference.update";

	@Test
	void thePropertyTableIsTheOneGeneratedFromTheConfigurationMetadata() throws IOException {
		String page = page();
		int start = page.indexOf(START);
		int end = page.indexOf(END);
		assertThat(start).as("%s holds the markers %s and %s", PAGE, START, END).isNotNegative();
		assertThat(end).isGreaterThan(start);
		String committed = page.substring(start + START.length(), end).strip();
		String generated = propertyTable();
		if (committed.equals(generated)) {
			return;
		}
		if (Boolean.getBoolean(UPDATE)) {
			Files.writeString(PAGE,
					page.substring(0, start + START.length()) + "\n" + generated + "\n" + page.substring(end),
					StandardCharsets.UTF_8);
			return;
		}
		fail("The property table of %s differs from the configuration metadata. Run the command on the page "
				+ "(-Dreference.update=true) or paste this table between the markers:%n%n%s%n", PAGE, generated);
	}

	@Test
	void everyPropertyIsDescribed() throws IOException {
		for (JsonNode property : metadata().path("properties")) {
			assertThat(property.path("description").asString(""))
				.as("description of %s (the @param Javadoc of its record component)", property.path("name").asString())
				.isNotBlank();
		}
	}

	@Test
	void everyBeanOfTheAutoConfigurationsIsNamedWithItsType() throws IOException {
		String page = page();
		List<String> missing = new ArrayList<>();
		for (Method method : beanMethods()) {
			Bean bean = method.getAnnotation(Bean.class);
			String name = (bean.name().length > 0) ? bean.name()[0] : method.getName();
			String type = ClassUtils.getShortName(method.getReturnType());
			boolean typeNamed = page.contains("`" + type)
					|| page.contains("`" + method.getReturnType().getSimpleName());
			if (!page.contains("| `" + name + "` |") || !typeNamed) {
				missing.add("| `" + name + "` | `" + type + "` | ... | ... |  (" + method.getDeclaringClass().getName()
						+ ")");
			}
		}
		assertThat(missing).as("beans missing from the Beans table of %s", PAGE).isEmpty();
	}

	@Test
	void everyPublicInterfaceOfTheStarterIsNamed() throws IOException {
		String page = page();
		List<String> missing = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.ucare.boot.autoconfigure")
			.stream()
			.filter(JavaClass::isInterface)
			.filter((type) -> type.getModifiers().contains(JavaModifier.PUBLIC))
			.filter((type) -> !type.isNestedClass()
					|| type.getEnclosingClass().get().getModifiers().contains(JavaModifier.PUBLIC))
			.map(JavaClass::getSimpleName)
			.filter((name) -> !page.contains("`" + name + "`") && !page.contains("`@" + name))
			.toList();
		assertThat(missing).as("customization interfaces missing from %s", PAGE).isEmpty();
	}

	@Test
	void everyMeterIsNamedWithItsTags() throws IOException {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		UploadcareMeters meters = new UploadcareMeters(() -> registry);
		meters.onRetry("rest", "throttled", 1, Duration.ofMillis(1));
		meters.onUpload("direct", 1, Duration.ofMillis(1), true);
		meters.record("file.uploaded", WebhookOutcome.VERIFIED);
		meters.record(UploadSignatureMetrics.Outcome.ISSUED);
		meters.record(EntityFileAction.STORE, "default", true, 1);
		meters.forProject("marketing").onRetry("rest", "throttled", 1, Duration.ofMillis(1));
		String page = page();
		assertThat(registry.getMeters()).isNotEmpty().allSatisfy((meter) -> {
			Meter.Id id = meter.getId();
			assertThat(page).as("meter %s in %s", id.getName(), PAGE).contains("| `" + id.getName() + "` |");
			id.getTags()
				.forEach((tag) -> assertThat(page).as("tag %s of %s", tag.getKey(), id.getName())
					.contains("`" + tag.getKey() + "`"));
		});
	}

	@Test
	void everyObservationIsNamedWithItsKeys() throws IOException {
		String page = page();
		for (UploadcareObservationDocumentation observation : UploadcareObservationDocumentation.values()) {
			String name = new DefaultUploadcareObservationConvention().getName();
			assertThat(page).as("observation %s in %s", name, PAGE).contains("**`" + name + "`**");
			Stream
				.concat(Arrays.stream(observation.getLowCardinalityKeyNames()),
						Arrays.stream(observation.getHighCardinalityKeyNames()))
				.forEach((key) -> assertThat(page).as("key %s of %s", key.asString(), name)
					.contains("| `" + key.asString() + "` |"));
		}
	}

	/** The Markdown table of every property of the metadata, sorted by name. */
	static String propertyTable() throws IOException {
		JsonNode metadata = metadata();
		Map<String, List<String>> hintedValues = new LinkedHashMap<>();
		for (JsonNode hint : metadata.path("hints")) {
			List<String> values = new ArrayList<>();
			hint.path("values").forEach((value) -> values.add(value.path("value").asString()));
			hintedValues.put(hint.path("name").asString(), values);
		}
		StringBuilder table = new StringBuilder("| Property | Type | Default | Description |\n|---|---|---|---|\n");
		StreamSupport.stream(metadata.path("properties").spliterator(), false)
			.sorted(Comparator.comparing((JsonNode property) -> property.path("name").asString()))
			.forEach((property) -> {
				String name = property.path("name").asString();
				JsonNode defaultValue = property.path("defaultValue");
				table.append("| `")
					.append(name)
					.append("` | ")
					.append(type(property.path("type").asString(), hintedValues.get(name)))
					.append(" | ")
					.append(defaultValue.isMissingNode() || defaultValue.isNull() ? ""
							: "`" + (defaultValue.isString() ? defaultValue.asString() : defaultValue.toString()) + "`")
					.append(" | ")
					.append(cell(property.path("description").asString("")))
					.append(" |\n");
			});
		return table.toString().strip();
	}

	private static String type(String type, List<String> hintedValues) {
		List<String> values = hintedValues;
		if (values == null) {
			Class<?> resolved = ClassUtils.isPresent(type, null) ? ClassUtils.resolveClassName(type, null) : null;
			if (resolved != null && resolved.isEnum()) {
				values = Arrays.stream(resolved.getEnumConstants())
					.map((constant) -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
					.toList();
			}
		}
		if (values != null) {
			return values.stream().map((value) -> "`" + value + "`").collect(Collectors.joining(" \\| "));
		}
		// simple names, generics kept: java.util.List<java.lang.String> -> List<String>
		return "`" + type.replaceAll("(?:[A-Za-z_]\\w*[.$])+([A-Za-z_]\\w*)", "$1").replace(",", ", ") + "`";
	}

	private static String cell(String text) {
		return text.replace("\r", "").replace("\n", " ").replace("|", "\\|").strip();
	}

	private static JsonNode metadata() throws IOException {
		try (InputStream in = ReferencePageTests.class.getClassLoader().getResourceAsStream(METADATA)) {
			assertThat(in).as("%s generated by the configuration processor", METADATA).isNotNull();
			return JsonMapper.shared().readTree(in);
		}
	}

	private static String page() throws IOException {
		assertThat(PAGE).as("the reference page, relative to the module").exists();
		return Files.readString(PAGE, StandardCharsets.UTF_8);
	}

	/**
	 * The @Bean methods of the starter's auto-configurations and their nested classes.
	 */
	private static List<Method> beanMethods() throws IOException {
		List<Method> methods = new ArrayList<>();
		for (String name : autoConfigurations()) {
			collectBeanMethods(ClassUtils.resolveClassName(name, null), methods);
		}
		return methods;
	}

	private static List<String> autoConfigurations() throws IOException {
		String imports = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";
		try (InputStream in = SpringFactoriesLoader.class.getClassLoader().getResourceAsStream(imports)) {
			assertThat(in).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> line.startsWith("dev.ucare."))
				.toList();
		}
	}

	private static void collectBeanMethods(Class<?> type, List<Method> methods) {
		Arrays.stream(type.getDeclaredMethods())
			.filter((method) -> method.isAnnotationPresent(Bean.class))
			.sorted(Comparator.comparing(Method::getName))
			.forEach(methods::add);
		for (Class<?> nested : type.getDeclaredClasses()) {
			collectBeanMethods(nested, methods);
		}
	}

}
