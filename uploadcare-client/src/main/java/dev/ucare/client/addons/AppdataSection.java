package dev.ucare.client.addons;

import java.time.OffsetDateTime;

import tools.jackson.databind.JsonNode;

/**
 * The envelope every add-on's entry in {@code appdata} shares.
 *
 * @param version the add-on's version, free text (e.g. {@code 2016-06-27}, {@code 1.0.1})
 * @param datetimeCreated when the result was first written, or {@code null}
 * @param datetimeUpdated when it was last written, or {@code null}
 * @param data the add-on's own {@code data}, raw (vendor PascalCase keys kept)
 */
public record AppdataSection(String version, OffsetDateTime datetimeCreated, OffsetDateTime datetimeUpdated,
		JsonNode data) {

	static AppdataSection of(JsonNode node) {
		return new AppdataSection(Appdata.text(node.get("version")), time(node.get("datetime_created")),
				time(node.get("datetime_updated")), node.path("data"));
	}

	private static OffsetDateTime time(JsonNode node) {
		String text = Appdata.text(node);
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text);
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}
}
