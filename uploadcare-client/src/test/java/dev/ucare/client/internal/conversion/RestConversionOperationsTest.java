package dev.ucare.client.internal.conversion;

import java.util.List;
import java.util.Map;

import dev.ucare.client.Store;
import dev.ucare.client.conversion.ConversionOptions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The wire encoding of conversion options. */
class RestConversionOperationsTest {

	@Test
	void optionsEncodeStoreAndSaveInGroupLikeTheReferenceSdk() {
		List<String> paths = List.of("p/");
		assertThat(RestConversionOperations.body(ConversionOptions.defaults(), paths))
			.isEqualTo(Map.of("paths", paths));
		assertThat(RestConversionOperations.body(ConversionOptions.store(Store.TRUE), paths)).containsEntry("store",
				"true");
		assertThat(RestConversionOperations.body(ConversionOptions.store(Store.FALSE), paths)).containsEntry("store",
				"false");
		assertThat(RestConversionOperations.body(ConversionOptions.store(Store.AUTO), paths))
			.doesNotContainKey("store");
		assertThat(RestConversionOperations.body(ConversionOptions.saveInGroup(true), paths))
			.containsEntry("save_in_group", "1");
		assertThat(RestConversionOperations.body(ConversionOptions.saveInGroup(false), paths))
			.doesNotContainKey("save_in_group");
	}

}
