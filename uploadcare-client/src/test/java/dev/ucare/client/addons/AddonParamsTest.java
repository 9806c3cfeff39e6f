package dev.ucare.client.addons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Add-on names and parameter encodings and validation. */
class AddonParamsTest {

	@Test
	void factoriesNameTheAddonAndItsParameters() {
		assertThat(AddonParams.awsRekognitionLabels().addon()).isEqualTo(Addon.AWS_REKOGNITION_DETECT_LABELS);
		assertThat(AddonParams.awsRekognitionLabels().params()).isEmpty();
		assertThat(AddonParams.awsRekognitionModerationLabels().addon())
			.isEqualTo(Addon.AWS_REKOGNITION_DETECT_MODERATION_LABELS);
		assertThat(AddonParams.clamAv(false).params()).isEqualTo(Map.of("purge_infected", false));
		assertThat(AddonParams.clamAv(true).addon().wireName()).isEqualTo("uc_clamav_virus_scan");
		assertThat(AddonParams.removeBg().params()).isEmpty();
		assertThat(AddonParams.removeBg()).isEqualTo(AddonParams.removeBg(RemoveBgParams.builder().build()));
	}

	@Test
	void wireNamesRoundTrip() {
		for (Addon addon : Addon.values()) {
			assertThat(Addon.fromWireName(addon.wireName())).isEqualTo(addon);
		}
		assertThat(Addon.REMOVE_BG.wireName()).isEqualTo("remove_bg");
		assertThatThrownBy(() -> Addon.fromWireName("zamzar_convert_document"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("zamzar_convert_document");
	}

	@Test
	void everyRemoveBgParameterIsSentWithItsWireName() {
		RemoveBgParams params = RemoveBgParams.builder()
			.crop(true)
			.cropMargin("30px")
			.scale("80%")
			.addShadow(true)
			.typeLevel(RemoveBgParams.TypeLevel.LEVEL_2)
			.type(RemoveBgParams.ForegroundType.CAR)
			.semitransparency(false)
			.channels(RemoveBgParams.Channels.ALPHA)
			.roi(10, 20, 300, 400)
			.position("0% 100%")
			.build();

		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("crop", true);
		expected.put("crop_margin", "30px");
		expected.put("scale", "80%");
		expected.put("add_shadow", true);
		expected.put("type_level", "2");
		expected.put("type", "car");
		expected.put("semitransparency", false);
		expected.put("channels", "alpha");
		expected.put("roi", "10px 20px 300px 400px");
		expected.put("position", "0% 100%");
		assertThat(AddonParams.removeBg(params).params()).containsExactlyEntriesOf(expected);
	}

	@Test
	void removeBgAcceptsDocumentedForms() {
		assertThat(RemoveBgParams.builder().cropMargin("0").cropMargin("30%").build().toMap())
			.containsEntry("crop_margin", "30%");
		assertThat(RemoveBgParams.builder().roi("0% 0% 100% 100%").build().toMap()).containsEntry("roi",
				"0% 0% 100% 100%");
		assertThat(RemoveBgParams.builder().position("original").build().toMap()).containsEntry("position", "original");
		assertThat(RemoveBgParams.builder().position("center").build().toMap()).containsEntry("position", "center");
		assertThat(RemoveBgParams.builder().position("50%").build().toMap()).containsEntry("position", "50%");
		assertThat(RemoveBgParams.TypeLevel.NONE.value()).isEqualTo("none");
		assertThat(RemoveBgParams.TypeLevel.LEVEL_1.value()).isEqualTo("1");
		assertThat(RemoveBgParams.ForegroundType.AUTO.value()).isEqualTo("auto");
		assertThat(RemoveBgParams.Channels.RGBA.value()).isEqualTo("rgba");
	}

	@Test
	void removeBgRejectsInvalidValuesAtOnce() {
		RemoveBgParams.Builder builder = RemoveBgParams.builder();
		assertThatThrownBy(() -> builder.cropMargin("30 pixels")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("crop_margin");
		assertThatThrownBy(() -> builder.scale("80")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.scale("5%")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.scale("101%")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.roi("1 2 3")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.roi("1 2 3 4")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("unit");
		assertThatThrownBy(() -> builder.roi(10, 10, 5, 20)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.position("left")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.position("10% 20% 30%")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.position("150%")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.position(null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.type(null)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("type must not be null");
		assertThat(builder.build().toMap()).isEmpty();
	}

	@Test
	void statusStatesAreReadLeniently() {
		assertThat(AddonStatus.State.of("in_progress")).isEqualTo(AddonStatus.State.IN_PROGRESS);
		assertThat(AddonStatus.State.of("done")).isEqualTo(AddonStatus.State.DONE);
		assertThat(AddonStatus.State.of("error")).isEqualTo(AddonStatus.State.ERROR);
		assertThat(AddonStatus.State.of("unknown")).isEqualTo(AddonStatus.State.UNKNOWN);
		assertThat(AddonStatus.State.of("queued")).isEqualTo(AddonStatus.State.UNKNOWN);
		assertThat(new AddonStatus(null, null).status()).isEqualTo(AddonStatus.State.UNKNOWN);
	}

}
