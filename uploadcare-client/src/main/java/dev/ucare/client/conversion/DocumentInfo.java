package dev.ucare.client.conversion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the server knows about a document ({@code GET /convert/document/{uuid}/}).
 *
 * @param error the server's error about this document, or {@code null}
 * @param formatName the document's own format, e.g. {@code pdf}, or {@code null} when the
 * server did not say
 * @param conversionFormats wire names of the formats it can be converted to (may include
 * formats without a {@link DocumentFormat} constant)
 * @param convertedGroups target format wire name → group id ({@code <uuid>~N}) of pages
 * converted with {@code save_in_group}; read both inside {@code format} (real server) and
 * at the top level (spec)
 */
public record DocumentInfo(@Nullable String error, @Nullable String formatName, List<String> conversionFormats,
		Map<String, String> convertedGroups) {

	/** A document's info; {@code null} formats or groups read as none. */
	public DocumentInfo(@Nullable String error, @Nullable String formatName, @Nullable List<String> conversionFormats,
			@Nullable Map<String, String> convertedGroups) {
		this.error = error;
		this.formatName = formatName;
		this.conversionFormats = (conversionFormats != null) ? List.copyOf(conversionFormats) : List.of();
		this.convertedGroups = (convertedGroups != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(convertedGroups)) : Map.of();
	}

	/** The group of pages converted to {@code format}, when there is one. */
	public Optional<String> convertedGroup(DocumentFormat format) {
		return Optional.ofNullable(convertedGroups.get(Arguments.notNull(format, "format").value()));
	}

	/**
	 * Reads the server's JSON ({@code GET /convert/document/{uuid}/}), accepting
	 * {@code converted_groups} in either place (top level wins).
	 * @param json the server's answer
	 * @return the document's info
	 */
	public static DocumentInfo of(JsonNode json) {
		JsonNode format = Arguments.notNull(json, "json").path("format");
		List<String> formats = new ArrayList<>();
		format.path("conversion_formats")
			.forEach(f -> formats.add(f.isObject() ? f.path("name").asString() : f.asString()));
		Map<String, String> groups = new LinkedHashMap<>();
		readGroups(format.path("converted_groups"), groups);
		readGroups(json.path("converted_groups"), groups);
		return new DocumentInfo(text(json.get("error")), text(format.get("name")), formats, groups);
	}

	private static void readGroups(JsonNode node, Map<String, String> into) {
		if (node.isObject()) {
			node.properties().forEach(e -> {
				if (e.getValue().isString()) {
					into.put(e.getKey(), e.getValue().asString());
				}
			});
		}
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}
}
