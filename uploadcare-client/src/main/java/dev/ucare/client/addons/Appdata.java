package dev.ucare.client.addons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Typed view of a file's {@code appdata}: the results the add-ons wrote into it. Each
 * accessor is empty when the add-on has not run on the file (or {@code appdata} was not
 * requested with {@code include=appdata}); the raw JSON stays available through
 * {@link #raw()} and {@link AppdataSection#data()}.
 *
 * @param raw the {@code appdata} object as received; a missing node when there was none
 */
public record Appdata(JsonNode raw) {

	/**
	 * A view of {@code raw}.
	 * @throws IllegalArgumentException when {@code raw} is {@code null} (use
	 * {@link #of(JsonNode)} for a {@code null} {@code appdata})
	 */
	public Appdata {
		Arguments.notNull(raw, "raw");
	}

	/** A view of {@code appdata}, which may be {@code null}. */
	public static Appdata of(@Nullable JsonNode appdata) {
		return new Appdata(appdata == null ? tools.jackson.databind.node.MissingNode.getInstance() : appdata);
	}

	/** Whether the server sent any add-on results. */
	public boolean isEmpty() {
		return !raw.isObject() || raw.isEmpty();
	}

	/** The envelope of {@code addon}'s entry, when present. */
	public Optional<AppdataSection> section(Addon addon) {
		JsonNode node = raw.path(Arguments.notNull(addon, "addon").wireName());
		return node.isObject() ? Optional.of(AppdataSection.of(node)) : Optional.empty();
	}

	/** AWS Rekognition labels. */
	public Optional<Labels> labels() {
		return section(Addon.AWS_REKOGNITION_DETECT_LABELS).map(Labels::of);
	}

	/** AWS Rekognition moderation labels. */
	public Optional<ModerationLabels> moderationLabels() {
		return section(Addon.AWS_REKOGNITION_DETECT_MODERATION_LABELS).map(ModerationLabels::of);
	}

	/** ClamAV scan result. */
	public Optional<ClamAvResult> clamAv() {
		return section(Addon.UC_CLAMAV_VIRUS_SCAN).map(ClamAvResult::of);
	}

	/** remove.bg result. */
	public Optional<RemoveBgResult> removeBg() {
		return section(Addon.REMOVE_BG).map(RemoveBgResult::of);
	}

	static @Nullable String text(@Nullable JsonNode node) {
		return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
	}

	/**
	 * The items of {@code array} read by {@code item}, leaving out those it reads as
	 * null.
	 */
	static <T> List<T> list(@Nullable JsonNode array, Function<JsonNode, @Nullable T> item) {
		List<T> out = new ArrayList<>();
		if (array != null && array.isArray()) {
			for (JsonNode node : array) {
				T value = item.apply(node);
				if (value != null) {
					out.add(value);
				}
			}
		}
		return List.copyOf(out);
	}

	/**
	 * AWS Rekognition {@code DetectLabels} result.
	 *
	 * @param section envelope (version, dates, raw data)
	 * @param labelModelVersion {@code LabelModelVersion}, or {@code null}
	 * @param labels {@code Labels}, in the vendor's order
	 */
	public record Labels(AppdataSection section, @Nullable String labelModelVersion, List<Label> labels) {

		/**
		 * A result; {@code null} labels read as none.
		 * @throws IllegalArgumentException when {@code section} is {@code null}
		 */
		public Labels(AppdataSection section, @Nullable String labelModelVersion, @Nullable List<Label> labels) {
			this.section = Arguments.notNull(section, "section");
			this.labelModelVersion = labelModelVersion;
			this.labels = (labels != null) ? List.copyOf(labels) : List.of();
		}

		static Labels of(AppdataSection section) {
			JsonNode data = section.data();
			return new Labels(section, text(data.get("LabelModelVersion")), list(data.get("Labels"), Label::of));
		}

		/** The label named {@code name} (case-insensitive), when detected. */
		public Optional<Label> find(String name) {
			Arguments.notNull(name, "name");
			return labels.stream().filter((label) -> name.equalsIgnoreCase(label.name())).findFirst();
		}
	}

	/**
	 * One detected label.
	 *
	 * @param name {@code Name}, or {@code null} when the vendor gave none
	 * @param confidence {@code Confidence}, 0 to 100
	 * @param parents names of the {@code Parents} (those without a name left out)
	 * @param instances {@code Instances}: where the object was found, possibly none
	 */
	public record Label(@Nullable String name, double confidence, List<String> parents, List<Instance> instances) {

		/** A label; {@code null} parents or instances read as none. */
		public Label(@Nullable String name, double confidence, @Nullable List<String> parents,
				@Nullable List<Instance> instances) {
			this.name = name;
			this.confidence = confidence;
			this.parents = (parents != null) ? List.copyOf(parents) : List.of();
			this.instances = (instances != null) ? List.copyOf(instances) : List.of();
		}

		static Label of(JsonNode node) {
			return new Label(text(node.get("Name")), node.path("Confidence").asDouble(),
					list(node.get("Parents"), p -> text(p.get("Name"))), list(node.get("Instances"), Instance::of));
		}
	}

	/**
	 * One occurrence of a label in the image.
	 *
	 * @param confidence {@code Confidence}, 0 to 100
	 * @param boundingBox {@code BoundingBox}, or {@code null}
	 */
	public record Instance(double confidence, @Nullable BoundingBox boundingBox) {

		static Instance of(JsonNode node) {
			JsonNode box = node.get("BoundingBox");
			return new Instance(node.path("Confidence").asDouble(),
					box == null || !box.isObject() ? null : new BoundingBox(box.path("Top").asDouble(),
							box.path("Left").asDouble(), box.path("Width").asDouble(), box.path("Height").asDouble()));
		}
	}

	/**
	 * A box as fractions of the image's size.
	 *
	 * @param top {@code Top}
	 * @param left {@code Left}
	 * @param width {@code Width}
	 * @param height {@code Height}
	 */
	public record BoundingBox(double top, double left, double width, double height) {
	}

	/**
	 * AWS Rekognition {@code DetectModerationLabels} result.
	 *
	 * @param section envelope (version, dates, raw data)
	 * @param moderationModelVersion {@code ModerationModelVersion}, or {@code null}
	 * @param labels {@code ModerationLabels}
	 */
	public record ModerationLabels(AppdataSection section, @Nullable String moderationModelVersion,
			List<ModerationLabel> labels) {

		/**
		 * A result; {@code null} labels read as none.
		 * @throws IllegalArgumentException when {@code section} is {@code null}
		 */
		public ModerationLabels(AppdataSection section, @Nullable String moderationModelVersion,
				@Nullable List<ModerationLabel> labels) {
			this.section = Arguments.notNull(section, "section");
			this.moderationModelVersion = moderationModelVersion;
			this.labels = (labels != null) ? List.copyOf(labels) : List.of();
		}

		static ModerationLabels of(AppdataSection section) {
			JsonNode data = section.data();
			return new ModerationLabels(section, text(data.get("ModerationModelVersion")),
					list(data.get("ModerationLabels"), ModerationLabel::of));
		}
	}

	/**
	 * One moderation label.
	 *
	 * @param name {@code Name}, e.g. {@code Weapons}; {@code null} when the vendor gave
	 * none
	 * @param parentName {@code ParentName}, e.g. {@code Violence}; empty for top-level
	 * labels, {@code null} when the vendor gave none
	 * @param confidence {@code Confidence}, 0 to 100
	 */
	public record ModerationLabel(@Nullable String name, @Nullable String parentName, double confidence) {

		static ModerationLabel of(JsonNode node) {
			return new ModerationLabel(text(node.get("Name")), text(node.get("ParentName")),
					node.path("Confidence").asDouble());
		}
	}

	/**
	 * ClamAV scan result.
	 *
	 * @param section envelope (version, dates, raw data)
	 * @param infected whether a virus was found
	 * @param infectedWith the virus's name when infected, else {@code null}
	 */
	public record ClamAvResult(AppdataSection section, boolean infected, @Nullable String infectedWith) {

		/**
		 * @throws IllegalArgumentException when {@code section} is {@code null}
		 */
		public ClamAvResult {
			Arguments.notNull(section, "section");
		}

		static ClamAvResult of(AppdataSection section) {
			JsonNode data = section.data();
			return new ClamAvResult(section, data.path("infected").asBoolean(false), text(data.get("infected_with")));
		}
	}

	/**
	 * remove.bg result.
	 *
	 * @param section envelope (version, dates, raw data)
	 * @param foregroundType {@code foreground_type}, present only when {@code type_level}
	 * was set, else {@code null}
	 */
	public record RemoveBgResult(AppdataSection section, @Nullable String foregroundType) {

		/**
		 * @throws IllegalArgumentException when {@code section} is {@code null}
		 */
		public RemoveBgResult {
			Arguments.notNull(section, "section");
		}

		static RemoveBgResult of(AppdataSection section) {
			return new RemoveBgResult(section, text(section.data().get("foreground_type")));
		}
	}
}
