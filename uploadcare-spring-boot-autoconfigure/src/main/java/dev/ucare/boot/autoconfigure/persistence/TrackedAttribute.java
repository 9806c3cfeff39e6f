package dev.ucare.boot.autoconfigure.persistence;

import java.beans.Introspector;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * An entity attribute carrying {@link UploadcareStore} and/or
 * {@link UploadcareDeleteOnRemove}, with its position in the entity's state.
 *
 * @param name the attribute's name
 * @param index its index in Hibernate's property arrays
 * @param store whether it carries {@link UploadcareStore}
 * @param delete whether it carries {@link UploadcareDeleteOnRemove}
 * @param deleteOnReplace whether a replaced value is deleted
 * @param project the annotations' project, or {@code null}
 */
record TrackedAttribute(String name, int index, boolean store, boolean delete, boolean deleteOnReplace,
		@Nullable String project) {

	/**
	 * The annotated attributes of an entity class (fields and getters of the class and
	 * its superclasses).
	 * @param type the mapped class
	 * @param entityName the entity's name, for messages
	 * @param propertyNames the persistent attributes, in state order
	 * @return the tracked attributes, empty when none is annotated
	 * @throws IllegalStateException when an annotation is misplaced: on a non-persistent
	 * attribute, on an unsupported type, or with two different projects
	 */
	static List<TrackedAttribute> of(Class<?> type, String entityName, String[] propertyNames) {
		Map<String, AnnotatedElement> annotated = new LinkedHashMap<>();
		Map<String, Class<?>> types = new LinkedHashMap<>();
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Field field : c.getDeclaredFields()) {
				if (isAnnotated(field)) {
					annotated.putIfAbsent(field.getName(), field);
					types.putIfAbsent(field.getName(), field.getType());
				}
			}
			for (Method method : c.getDeclaredMethods()) {
				String property = propertyOf(method);
				if (property != null && isAnnotated(method)) {
					annotated.putIfAbsent(property, method);
					types.putIfAbsent(property, method.getReturnType());
				}
			}
		}
		List<String> names = Arrays.asList(propertyNames);
		List<TrackedAttribute> attributes = new ArrayList<>();
		annotated.forEach((name, element) -> {
			String where = entityName + "." + name;
			int index = names.indexOf(name);
			if (index < 0) {
				throw new IllegalStateException(where + " carries @UploadcareStore or @UploadcareDeleteOnRemove but is "
						+ "not a persistent attribute of the entity (attributes of embeddables and collections are "
						+ "not supported)");
			}
			Class<?> valueType = types.get(name);
			Assert.state(valueType != null, () -> "No type for " + where);
			if (!FileReference.class.isAssignableFrom(valueType) && !GroupReference.class.isAssignableFrom(valueType)
					&& !CharSequence.class.isAssignableFrom(valueType)) {
				throw new IllegalStateException(where + " is a " + valueType.getName()
						+ ": @UploadcareStore and @UploadcareDeleteOnRemove apply to FileReference, GroupReference "
						+ "and String attributes");
			}
			UploadcareStore store = element.getAnnotation(UploadcareStore.class);
			UploadcareDeleteOnRemove delete = element.getAnnotation(UploadcareDeleteOnRemove.class);
			String storeProject = (store != null && StringUtils.hasText(store.project())) ? store.project() : null;
			String deleteProject = (delete != null && StringUtils.hasText(delete.project())) ? delete.project() : null;
			if (storeProject != null && deleteProject != null && !storeProject.equals(deleteProject)) {
				throw new IllegalStateException(where + " names two projects: '" + storeProject
						+ "' in @UploadcareStore" + " and '" + deleteProject + "' in @UploadcareDeleteOnRemove");
			}
			attributes.add(new TrackedAttribute(name, index, store != null, delete != null,
					delete != null && delete.onReplace(), (storeProject != null) ? storeProject : deleteProject));
		});
		return List.copyOf(attributes);
	}

	private static boolean isAnnotated(AnnotatedElement element) {
		return element.isAnnotationPresent(UploadcareStore.class)
				|| element.isAnnotationPresent(UploadcareDeleteOnRemove.class);
	}

	private static @Nullable String propertyOf(Method method) {
		String name = method.getName();
		if (method.getParameterCount() != 0) {
			return null;
		}
		if (name.startsWith("get") && name.length() > 3) {
			return Introspector.decapitalize(name.substring(3));
		}
		if (name.startsWith("is") && name.length() > 2) {
			return Introspector.decapitalize(name.substring(2));
		}
		return null;
	}

}
