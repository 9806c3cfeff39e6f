package dev.ucare.boot.autoconfigure.uploader.thymeleaf;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.ucare.boot.autoconfigure.uploader.UploaderConfig;
import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.context.IThymeleafBindStatus;
import org.thymeleaf.spring6.util.FieldUtils;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * {@code <ucare:uploader field="*{avatar}" img-only="true"/>}: the File Uploader for one
 * form field. {@code field} is a Spring field expression as in {@code th:field}; without
 * a form object, {@code name} and {@code value} (expressions allowed) say what to post.
 * {@code ctx-name} names the uploader's context (default: the field name). A field with
 * errors starts empty. Other attributes override the configuration for this field; a
 * field typed {@link GroupReference} gets {@code multiple} and {@code group-output}, a
 * collection gets {@code multiple}.
 */
final class UploaderElementProcessor extends AbstractElementTagProcessor {

	private static final Set<String> OWN = Set.of("field", "name", "value", "ctx-name", "class", "id");

	private final UploaderConfig config;

	UploaderElementProcessor(String prefix, UploaderConfig config) {
		super(TemplateMode.HTML, prefix, "uploader", true, null, false, 1000);
		this.config = config;
	}

	@Override
	protected void doProcess(ITemplateContext context, IProcessableElementTag tag,
			IElementTagStructureHandler structureHandler) {
		Map<String, String> attributes = tag.getAttributeMap();
		String name;
		String value;
		Class<?> type = null;
		String field = attributes.get("field");
		if (field != null) {
			IThymeleafBindStatus status = FieldUtils.getBindStatus(context, field);
			name = status.getExpression();
			// a rejected value starts the uploader empty rather than showing it again
			value = status.isError() ? null : status.getDisplayValue();
			type = status.getValueType();
		}
		else {
			name = text(context, attributes.get("name"));
			value = text(context, attributes.get("value"));
		}
		if (name == null || name.isBlank()) {
			throw new TemplateProcessingException(
					"<" + tag.getElementCompleteName() + "> needs field=\"*{…}\" or name=\"…\"");
		}
		String ctxName = attributes.containsKey("ctx-name") ? text(context, attributes.get("ctx-name"))
				: name.replaceAll("[^A-Za-z0-9_.:-]", "-");

		Map<String, String> overrides = new LinkedHashMap<>();
		if (type != null && GroupReference.class.isAssignableFrom(type)) {
			overrides.put("multiple", "true");
			overrides.put("group-output", "true");
		}
		else if (type != null && (Collection.class.isAssignableFrom(type) || type.isArray())) {
			overrides.put("multiple", "true");
		}
		else if (type != null && FileReference.class.isAssignableFrom(type)) {
			overrides.put("multiple", "false");
		}
		attributes.forEach((attribute, raw) -> {
			if (!OWN.contains(attribute)) {
				overrides.put(attribute, text(context, raw));
			}
		});
		UploaderConfig fieldConfig;
		Map<String, String> configAttributes;
		try {
			fieldConfig = config.with(overrides);
			// an expression that evaluates to null is refused like an invalid name
			configAttributes = fieldConfig.configAttributes(Objects.requireNonNullElse(ctxName, ""));
		}
		catch (IllegalArgumentException ex) {
			throw new TemplateProcessingException(
					"<" + tag.getElementCompleteName() + " field/name=\"" + name + "\">: " + ex.getMessage(), ex);
		}
		boolean single = !Boolean.TRUE.equals(fieldConfig.multiple())
				&& !Boolean.TRUE.equals(fieldConfig.groupOutput());

		Map<String, String> configTag = new LinkedHashMap<>(configAttributes);
		if (fieldConfig.signedUploads()) {
			configTag.put("data-ucare-signature-url", Requests.contextPath(context) + fieldConfig.signatureUrl());
			String[] csrf = Requests.csrf(context);
			if (csrf != null) {
				configTag.put("data-ucare-csrf-header", csrf[0]);
				configTag.put("data-ucare-csrf-token", csrf[1]);
			}
		}
		if (!fieldConfig.metadata().isEmpty()) {
			configTag.put("data-ucare-metadata", JsonMapper.shared().writeValueAsString(fieldConfig.metadata()));
		}

		IModelFactory factory = context.getModelFactory();
		IModel model = factory.createModel();
		Map<String, String> wrapper = new LinkedHashMap<>();
		wrapper.put("class", "ucare-uploader" + (attributes.containsKey("class") ? " " + attributes.get("class") : ""));
		if (attributes.containsKey("id")) {
			wrapper.put("id", attributes.get("id"));
		}
		wrapper.put("data-ucare-uploader", ctxName);
		if (single && value != null && !value.isBlank()) {
			wrapper.put("data-ucare-prefill", "true");
		}
		model.add(open(factory, "div", wrapper));
		element(model, factory, "uc-config", configTag);
		element(model, factory, fieldConfig.solution().elementName(), Map.of("ctx-name", ctxName));
		element(model, factory, "uc-upload-ctx-provider", Map.of("ctx-name", ctxName));
		Map<String, String> input = new LinkedHashMap<>();
		input.put("ctx-name", ctxName);
		input.put("name", name);
		element(model, factory, "uc-form-input", input);
		if (value != null && !value.isBlank()) {
			Map<String, String> fallback = new LinkedHashMap<>();
			fallback.put("type", "hidden");
			fallback.put("name", name);
			fallback.put("value", value);
			fallback.put("data-ucare-fallback", ctxName);
			model.add(factory.createStandaloneElementTag("input", escape(fallback), null, false, false));
		}
		model.add(factory.createCloseElementTag("div"));
		structureHandler.replaceWith(model, false);
	}

	private static void element(IModel model, IModelFactory factory, String name, Map<String, String> attributes) {
		model.add(open(factory, name, attributes));
		model.add(factory.createCloseElementTag(name));
	}

	private static org.thymeleaf.model.IOpenElementTag open(IModelFactory factory, String name,
			Map<String, String> attributes) {
		return factory.createOpenElementTag(name, escape(attributes), null, false);
	}

	private static Map<String, String> escape(Map<String, String> attributes) {
		Map<String, String> escaped = new LinkedHashMap<>();
		attributes.forEach((k, v) -> escaped.put(k, HtmlEscape.escapeHtml4Xml(v)));
		return escaped;
	}

	/** The attribute's value, evaluated when it is a Thymeleaf expression. */
	private static @Nullable String text(ITemplateContext context, @Nullable String raw) {
		if (raw == null) {
			return null;
		}
		String trimmed = raw.strip();
		if (trimmed.length() > 3 && "$*#@".indexOf(trimmed.charAt(0)) >= 0 && trimmed.charAt(1) == '{'
				&& trimmed.endsWith("}")) {
			Object result = StandardExpressions.getExpressionParser(context.getConfiguration())
				.parseExpression(context, trimmed)
				.execute(context);
			return result == null ? null : result.toString();
		}
		return raw;
	}

}
