package dev.ucare.client.addons;

import java.time.OffsetDateTime;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The envelope every add-on's entry in {@code appdata} shares.
 *
 * @param version the add-on's version, free text (e.g. {@code 2016-06-27},
 * {@code 1.0.1}), or {@code null}
 * @param datetimeCreated when the result was first written, or {@code null}
 * @param datetimeUpdated when it was last written, or {@code null}
 * @param data the add-on's own {@code data}, raw (vendor PascalCase keys kept); a missing
 * node when there was none
 */
public record AppdataSection(@Nullable String version, @Nullable OffsetDateTime datetimeCreated,
		@Nullable OffsetDateTime datetimeUpdated, JsonNode data) {

	/**
	 * @throws IllegalArgumentException when {@code data} is {@code null}
	 */
	public AppdataSection {
		Arguments.notNull(data, "data");
	}

	static AppdataSection of(JsonNode node) {
		return new AppdataSection(Appdata.text(node.get("version")), time(node.get("datetime_created")),
				time(node.get("datetime_updated")), node.path("data"));
	}

	private static @Nullable OffsetDateTime time(@Nullable JsonNode node) {
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
