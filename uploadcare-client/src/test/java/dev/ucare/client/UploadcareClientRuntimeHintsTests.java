package dev.ucare.client;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.ReferencedClassObject;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.ResolvableType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UploadcareClientRuntimeHints}: registered for AOT, and complete: every record or
 * enum of the client that the compiled code hands to Jackson (as a class literal or a
 * {@code TypeReference}) is bindable, with every type it contains.
 */
class UploadcareClientRuntimeHintsTests {

	/** Methods through which the client's code has Jackson bind a type. */
	private static final Set<String> JACKSON_READS = Set.of("send", "read", "readValue", "treeToValue", "convertValue",
			"readerFor", "stream");

	private final RuntimeHints hints = new RuntimeHints();

	UploadcareClientRuntimeHintsTests() {
		new UploadcareClientRuntimeHints().registerHints(hints, getClass().getClassLoader());
	}

	@Test
	void theHintsAreRegisteredThroughAotFactories() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(UploadcareClientRuntimeHints.class);
	}

	@Test
	void everyRecordAndEnumHandedToJacksonIsBindable() {
		Set<Class<?>> bound = boundByTheClient();
		// a sanity check of the scan itself: responses, pages and webhook bodies
		assertThat(bound).contains(dev.ucare.client.files.FileInfo.class, dev.ucare.client.groups.GroupInfo.class,
				dev.ucare.client.webhooks.WebhookPayload.class, dev.ucare.client.files.ContentInfo.class);
		for (Class<?> type : withContainedTypes(bound)) {
			assertBindable(type);
		}
	}

	@Test
	void theRootsAreEnoughForEveryContainedType() {
		assertThat(withContainedTypes(Set.copyOf(UploadcareClientRuntimeHints.BOUND_TYPES)))
			.contains(dev.ucare.client.files.ContentInfo.Image.class, dev.ucare.client.webhooks.WebhookEvent.class,
					dev.ucare.client.conversion.ConversionStatus.State.class,
					dev.ucare.client.project.ProjectInfo.Collaborator.class)
			.allSatisfy(this::assertBindable);
	}

	@Test
	void theVersionResourceIsIncludedAndExists() {
		assertThat(RuntimeHintsPredicates.resource().forResource(UploadcareClientRuntimeHints.VERSION_RESOURCE))
			.accepts(hints);
		assertThat(getClass().getClassLoader().getResource(UploadcareClientRuntimeHints.VERSION_RESOURCE)).isNotNull();
	}

	private void assertBindable(Class<?> type) {
		assertThat(RuntimeHintsPredicates.reflection().onType(type)).as("type hint of %s", type).accepts(hints);
		if (type.isRecord()) {
			Class<?>[] parameters = Arrays.stream(type.getRecordComponents())
				.map(RecordComponent::getType)
				.toArray(Class<?>[]::new);
			try {
				assertThat(RuntimeHintsPredicates.reflection()
					.onConstructorInvocation(type.getDeclaredConstructor(parameters)))
					.as("canonical constructor of %s", type)
					.accepts(hints);
			}
			catch (NoSuchMethodException ex) {
				throw new AssertionError(ex);
			}
			for (RecordComponent component : type.getRecordComponents()) {
				assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()))
					.as("accessor %s of %s", component.getName(), type)
					.accepts(hints);
			}
		}
		for (Method method : type.getDeclaredMethods()) {
			if (jacksonAnnotated(method)) {
				assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(method))
					.as("Jackson-annotated %s", method)
					.accepts(hints);
			}
		}
		for (Field field : type.getDeclaredFields()) {
			if (jacksonAnnotated(field)) {
				assertThat(RuntimeHintsPredicates.reflection().onFieldAccess(field)).as("Jackson-annotated %s", field)
					.accepts(hints);
			}
		}
	}

	private static boolean jacksonAnnotated(AnnotatedElement element) {
		return Arrays.stream(element.getAnnotations())
			.map((annotation) -> annotation.annotationType().getPackageName())
			.anyMatch((name) -> name.startsWith("com.fasterxml.jackson") || name.startsWith("tools.jackson"));
	}

	/**
	 * The client's records and enums its compiled code names as class literals (
	 * {@code readValue(body, FileInfo.class)}, {@code send(request, GroupInfo.class)}) or
	 * in a Jackson {@code TypeReference<Page<FileInfo>>}.
	 */
	private static Set<Class<?>> boundByTheClient() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
			.importPackages("dev.ucare.client");
		Set<Class<?>> bound = new LinkedHashSet<>();
		for (JavaClass javaClass : classes) {
			for (ReferencedClassObject literal : javaClass.getReferencedClassObjects()) {
				if (callsJackson(literal.getOwner())) {
					addIfModel(literal.getRawType().reflect(), bound);
				}
			}
			javaClass.getSuperclass()
				.filter((superclass) -> superclass.toErasure().isAssignableTo("tools.jackson.core.type.TypeReference"))
				.ifPresent((typeReference) -> addTypeArguments(typeReference, bound));
		}
		return bound;
	}

	/**
	 * Whether a method or constructor hands types to Jackson: it reads with the client's
	 * mapper or sends a request through the REST transport, whose answer Jackson binds.
	 */
	private static boolean callsJackson(JavaCodeUnit codeUnit) {
		return codeUnit.getMethodCallsFromSelf()
			.stream()
			.map((call) -> call.getTarget().getName())
			.anyMatch(JACKSON_READS::contains);
	}

	private static void addTypeArguments(JavaType type, Set<Class<?>> bound) {
		addIfModel(type.toErasure().reflect(), bound);
		if (type instanceof JavaParameterizedType parameterized) {
			parameterized.getActualTypeArguments().forEach((argument) -> addTypeArguments(argument, bound));
		}
	}

	private static void addIfModel(Class<?> type, Set<Class<?>> bound) {
		if (type.getName().startsWith("dev.ucare.client.") && (type.isRecord() || type.isEnum())) {
			bound.add(type);
		}
	}

	/** The types and, for records, the types of their components, recursively. */
	private static Set<Class<?>> withContainedTypes(Set<Class<?>> roots) {
		Set<Class<?>> all = new LinkedHashSet<>();
		Deque<ResolvableType> pending = new ArrayDeque<>();
		roots.forEach((root) -> pending.add(ResolvableType.forClass(root)));
		while (!pending.isEmpty()) {
			ResolvableType type = pending.pop();
			Class<?> raw = type.resolve();
			if (raw == null) {
				continue;
			}
			for (ResolvableType generic : type.getGenerics()) {
				pending.push(generic);
			}
			if (raw.getName().startsWith("dev.ucare.client.") && all.add(raw) && raw.isRecord()) {
				for (RecordComponent component : raw.getRecordComponents()) {
					pending.push(ResolvableType.forType(component.getGenericType()));
				}
			}
		}
		return all;
	}

}
