package dev.ucare.client.addons;

import dev.ucare.client.internal.Arguments;

/** The REST API's add-ons, with their wire names. */
public enum Addon {

	/**
	 * Object and scene labels by AWS Rekognition; results in the file's {@code appdata}.
	 */
	AWS_REKOGNITION_DETECT_LABELS("aws_rekognition_detect_labels"),

	/**
	 * Unsafe-content labels by AWS Rekognition; results in the file's {@code appdata}.
	 */
	AWS_REKOGNITION_DETECT_MODERATION_LABELS("aws_rekognition_detect_moderation_labels"),

	/** Virus scan by ClamAV; results in the file's {@code appdata}. */
	UC_CLAMAV_VIRUS_SCAN("uc_clamav_virus_scan"),

	/** Background removal by remove.bg; the result is a new file. */
	REMOVE_BG("remove_bg");

	private final String wireName;

	Addon(String wireName) {
		this.wireName = wireName;
	}

	/** The name in paths and {@code appdata}, e.g. {@code uc_clamav_virus_scan}. */
	public String wireName() {
		return wireName;
	}

	/**
	 * The add-on with {@code wireName}.
	 * @throws IllegalArgumentException naming the value when it is unknown
	 */
	public static Addon fromWireName(String wireName) {
		Arguments.notNull(wireName, "wireName");
		for (Addon addon : values()) {
			if (addon.wireName.equals(wireName)) {
				return addon;
			}
		}
		throw new IllegalArgumentException("Unknown add-on: '" + wireName + "'");
	}

}
