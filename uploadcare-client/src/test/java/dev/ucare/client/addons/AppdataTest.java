package dev.ucare.client.addons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;

import dev.ucare.client.files.FileInfo;
import dev.ucare.client.internal.Json;
import dev.ucare.client.testing.ReplayServer;

import org.junit.jupiter.api.Test;

/**
 * Typed views of {@code appdata}, from the recorded file and from the other documented
 * shapes.
 */
class AppdataTest {

	@Test
	void recordedAppdataIsReadIntoTypedResults() {
		try (ReplayServer server = ReplayServer.start("test_retrieve_fileinfo_with_appdata")) {
			FileInfo file = AddonReplayTest.client(server.baseUrl())
				.files()
				.get("04bd49fa-466d-49e7-afd7-bac108055371", true);
			server.assertReplayed();

			Appdata appdata = file.addons();
			assertThat(appdata.isEmpty()).isFalse();

			Appdata.ClamAvResult clamAv = appdata.clamAv().orElseThrow();
			assertThat(clamAv.infected()).isFalse();
			assertThat(clamAv.infectedWith()).isNull();
			assertThat(clamAv.section().version()).isEqualTo("1.0.1");
			assertThat(clamAv.section().datetimeCreated())
				.isEqualTo(OffsetDateTime.parse("2023-11-16T22:43:33.240822Z"));

			Appdata.Labels labels = appdata.labels().orElseThrow();
			assertThat(labels.labelModelVersion()).isEqualTo("3.0");
			assertThat(labels.section().version()).isEqualTo("2016-06-27");
			assertThat(labels.labels()).hasSize(10)
				.extracting(Appdata.Label::name)
				.startsWith("Accessories", "Strap", "Path")
				.endsWith("Sidewalk");
			Appdata.Label dog = labels.find("dog").orElseThrow();
			assertThat(dog.confidence()).isCloseTo(97.46222686767578, within(1e-9));
			assertThat(dog.parents()).containsExactly("Animal", "Canine", "Mammal", "Pet");
			assertThat(dog.instances()).singleElement().satisfies(instance -> {
				assertThat(instance.confidence()).isCloseTo(96.09213256835938, within(1e-9));
				assertThat(instance.boundingBox()).isEqualTo(new Appdata.BoundingBox(0.22825734317302704,
						0.21121233701705933, 0.6009787321090698, 0.5943910479545593));
			});
			assertThat(labels.find("Strap").orElseThrow().parents()).containsExactly("Accessories");
			assertThat(labels.find("Cat")).isEmpty();

			Appdata.ModerationLabels moderation = appdata.moderationLabels().orElseThrow();
			assertThat(moderation.moderationModelVersion()).isEqualTo("6.1");
			assertThat(moderation.section().datetimeUpdated())
				.isEqualTo(OffsetDateTime.parse("2023-11-16T23:54:56.243287Z"));
			assertThat(moderation.labels())
				.containsExactly(new Appdata.ModerationLabel("Weapons", "Violence", 93.41645812988281));

			assertThat(appdata.removeBg()).isEmpty();
			// still reachable raw
			assertThat(file.appdata().path("uc_clamav_virus_scan").path("data").path("infected").asBoolean()).isFalse();
			assertThat(appdata.section(Addon.AWS_REKOGNITION_DETECT_LABELS).orElseThrow().data().path("Labels").size())
				.isEqualTo(10);
			// the typed view is not a property: serialising the file keeps the wire shape
			assertThat(Json.mapper().writeValueAsString(file)).contains("\"appdata\"").doesNotContain("\"addons\"");
		}
	}

	@Test
	void infectedFileAndRemoveBgForegroundType() {
		Appdata appdata = Appdata.of(Json.mapper()
			.readTree(
					"""
							{"uc_clamav_virus_scan":{"data":{"infected":true,"infected_with":"Win.Test.EICAR_HDB-1"},
							  "version":"0.104.2","datetime_created":"2021-09-21T11:24:33.159663Z","datetime_updated":"2021-09-21T11:24:33.159663Z"},
							 "remove_bg":{"data":{"foreground_type":"person"},"version":"1.0",
							  "datetime_created":"2021-07-25T12:24:33.159663Z","datetime_updated":"bogus"}}"""));

		Appdata.ClamAvResult clamAv = appdata.clamAv().orElseThrow();
		assertThat(clamAv.infected()).isTrue();
		assertThat(clamAv.infectedWith()).isEqualTo("Win.Test.EICAR_HDB-1");
		assertThat(clamAv.section().version()).isEqualTo("0.104.2");
		Appdata.RemoveBgResult removeBg = appdata.removeBg().orElseThrow();
		assertThat(removeBg.foregroundType()).isEqualTo("person");
		assertThat(removeBg.section().version()).isEqualTo("1.0");
		assertThat(removeBg.section().datetimeUpdated()).isNull();
		assertThat(appdata.labels()).isEmpty();
		assertThat(appdata.moderationLabels()).isEmpty();
	}

	@Test
	void missingOrOddAppdataGivesEmptyViews() {
		assertThat(Appdata.of(null).isEmpty()).isTrue();
		assertThat(Appdata.of(null).clamAv()).isEmpty();
		assertThat(Appdata.of(Json.mapper().nullNode()).labels()).isEmpty();
		Appdata odd = Appdata.of(Json.mapper().readTree("""
				{"aws_rekognition_detect_labels":{"data":{}},"remove_bg":{"data":{}},
				 "aws_rekognition_detect_moderation_labels":"not an object"}"""));
		assertThat(odd.labels().orElseThrow().labels()).isEmpty();
		assertThat(odd.labels().orElseThrow().labelModelVersion()).isNull();
		assertThat(odd.removeBg().orElseThrow().foregroundType()).isNull();
		assertThat(odd.moderationLabels()).isEmpty();
	}

	@Test
	void labelsWithoutNamesAreReadWithoutFailing() {
		// a parent without a Name is left out of the label's parents (a list cannot hold
		// null: List.copyOf used to throw a NullPointerException here); a label without
		// one keeps a null name and is never found by name
		Appdata appdata = Appdata.of(Json.mapper().readTree("""
				{"aws_rekognition_detect_labels":{"data":{"Labels":[
				  {"Name":"Dog","Confidence":90,"Parents":[{"Name":"Animal"},{},{"Name":null}]},
				  {"Confidence":50,"Parents":"not an array"}]}}}"""));
		Appdata.Labels labels = appdata.labels().orElseThrow();
		assertThat(labels.labels()).hasSize(2);
		assertThat(labels.find("dog").orElseThrow().parents()).containsExactly("Animal");
		assertThat(labels.labels().get(1).name()).isNull();
		assertThat(labels.labels().get(1).parents()).isEmpty();
		assertThat(labels.find("")).isEmpty();
	}

}
