package dev.ucare.client.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.ucare.client.Store;
import dev.ucare.client.internal.Json;

import org.junit.jupiter.api.Test;

/** Wire encodings and lenient reading of the conversion models. */
class ConversionModelTest {

	@Test
	void optionsCombine() {
		assertThat(ConversionOptions.saveInGroup(true).withStore(Store.TRUE))
			.isEqualTo(new ConversionOptions(Store.TRUE, true));
	}

	@Test
	void statusStatesAreReadLeniently() {
		assertThat(ConversionStatus.State.of("cancelled")).isEqualTo(ConversionStatus.State.CANCELLED);
		assertThat(ConversionStatus.State.of("canceled")).isEqualTo(ConversionStatus.State.CANCELLED);
		assertThat(ConversionStatus.State.of("FINISHED")).isEqualTo(ConversionStatus.State.FINISHED);
		assertThat(ConversionStatus.State.of("exploded")).isEqualTo(ConversionStatus.State.UNKNOWN);
		assertThat(ConversionStatus.State.of(null)).isEqualTo(ConversionStatus.State.UNKNOWN);
		assertThat(ConversionStatus.State.FAILED.isTerminal()).isTrue();
		assertThat(ConversionStatus.State.PENDING.isTerminal()).isFalse();

		ConversionStatus status = Json.mapper()
			.readValue("{\"status\":\"whatever\",\"error\":\"x\",\"result\":null,\"extra\":1}", ConversionStatus.class);
		assertThat(status.status()).isEqualTo(ConversionStatus.State.UNKNOWN);
		assertThat(status.error()).isEqualTo("x");
		assertThat(status.resultUuid()).isEmpty();
		assertThat(Json.mapper().readValue("{}", ConversionStatus.class).status())
			.isEqualTo(ConversionStatus.State.UNKNOWN);
	}

	@Test
	void documentInfoMergesBothPlacementsOfConvertedGroups() {
		DocumentInfo info = DocumentInfo.of(Json.mapper().readTree("""
				{"error":null,"format":{"name":"docx","conversion_formats":[{"name":"pdf"}],
				 "converted_groups":{"jpg":"a~1","png":"b~2"}},"converted_groups":{"png":"c~3"}}"""));

		assertThat(info.formatName()).isEqualTo("docx");
		assertThat(info.conversionFormats()).containsExactly("pdf");
		assertThat(info.convertedGroups()).containsExactlyInAnyOrderEntriesOf(Map.of("jpg", "a~1", "png", "c~3"));
		assertThat(DocumentInfo.of(Json.mapper().readTree("{\"error\":\"Not a document\"}")))
			.isEqualTo(new DocumentInfo("Not a document", null, List.of(), Map.of()));
	}

}
