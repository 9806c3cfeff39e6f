package dev.ucare.client;

import java.lang.reflect.Type;
import java.util.List;

import dev.ucare.client.addons.AddonStatus;
import dev.ucare.client.conversion.ConversionResult;
import dev.ucare.client.conversion.ConversionStatus;
import dev.ucare.client.files.BatchResult;
import dev.ucare.client.files.ContentInfo;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.project.ProjectInfo;
import dev.ucare.client.webhooks.Webhook;
import dev.ucare.client.webhooks.WebhookPayload;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

/**
 * What the client reflects on or reads, for Spring AOT and GraalVM native images;
 * registered in {@code META-INF/spring/aot.factories}, so applications processed ahead of
 * time (Spring Boot's {@code process-aot}) get these hints without doing anything.
 * <ul>
 * <li>the records and enums Jackson binds from API responses and webhook bodies (with
 * every type they contain), named by type so that moving or renaming one breaks
 * compilation here instead of a native image at run time;</li>
 * <li>the {@code version.properties} resource of the {@code User-Agent}.</li>
 * </ul>
 */
class UploadcareClientRuntimeHints implements RuntimeHintsRegistrar {

	/** The roots of what Jackson binds; the types they contain are reached from them. */
	static final List<Class<?>> BOUND_TYPES = List.of(Page.class, FileInfo.class, ContentInfo.class, BatchResult.class,
			GroupInfo.class, ProjectInfo.class, Webhook.class, WebhookPayload.class, ConversionResult.class,
			ConversionStatus.class, AddonStatus.class);

	private static final String PACKAGE = "dev.ucare.client.";

	/** The client's version, read by its {@code User-Agent}. */
	static final String VERSION_RESOURCE = "dev/ucare/client/version.properties";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
				BOUND_TYPES.toArray(Type[]::new));
		// enums: Jackson reads their constants' annotations (@JsonEnumDefaultValue) and
		// calls their @JsonCreator factories and @JsonValue methods
		ClassLoader loader = (classLoader != null) ? classLoader : ClassUtils.getDefaultClassLoader();
		hints.reflection()
			.typeHints()
			.map((hint) -> hint.getType().getName())
			.filter((name) -> name.startsWith(PACKAGE))
			.map((name) -> ClassUtils.resolveClassName(name, loader))
			.filter(Class::isEnum)
			.toList()
			.forEach((type) -> hints.reflection()
				.registerType(type, MemberCategory.INVOKE_PUBLIC_METHODS, MemberCategory.ACCESS_PUBLIC_FIELDS));
		hints.resources().registerPattern(VERSION_RESOURCE);
	}

}
