package dev.ucare.client.addons;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * Which add-on to run and its parameters. Immutable; create with the static factories.
 */
public final class AddonParams {

	private final Addon addon;

	private final Map<String, Object> params;

	private AddonParams(Addon addon, Map<String, Object> params) {
		this.addon = addon;
		this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
	}

	/** AWS Rekognition labels (no parameters). */
	public static AddonParams awsRekognitionLabels() {
		return new AddonParams(Addon.AWS_REKOGNITION_DETECT_LABELS, Map.of());
	}

	/** AWS Rekognition moderation labels (no parameters). */
	public static AddonParams awsRekognitionModerationLabels() {
		return new AddonParams(Addon.AWS_REKOGNITION_DETECT_MODERATION_LABELS, Map.of());
	}

	/** ClamAV virus scan; with {@code purgeInfected} an infected file is deleted. */
	public static AddonParams clamAv(boolean purgeInfected) {
		return new AddonParams(Addon.UC_CLAMAV_VIRUS_SCAN, Map.of("purge_infected", purgeInfected));
	}

	/** remove.bg with the service's defaults. */
	public static AddonParams removeBg() {
		return removeBg(RemoveBgParams.builder().build());
	}

	/** remove.bg with {@code params}. */
	public static AddonParams removeBg(RemoveBgParams params) {
		return new AddonParams(Addon.REMOVE_BG, Arguments.notNull(params, "params").toMap());
	}

	/** The add-on. */
	public Addon addon() {
		return addon;
	}

	/**
	 * The {@code params} object sent, wire names to values; empty when none (then it is
	 * omitted).
	 */
	public Map<String, Object> params() {
		return params;
	}

	@Override
	public boolean equals(@Nullable Object o) {
		return o instanceof AddonParams p && p.addon == addon && p.params.equals(params);
	}

	@Override
	public int hashCode() {
		return Objects.hash(addon, params);
	}

	@Override
	public String toString() {
		return "AddonParams[" + addon.wireName() + ", " + params + "]";
	}

}
