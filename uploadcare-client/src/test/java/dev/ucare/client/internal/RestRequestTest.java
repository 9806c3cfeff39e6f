package dev.ucare.client.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** {@link RestRequest}'s path templates. */
class RestRequestTest {

	@Test
	void variablesFillTheTemplateInOrderAndTheTemplateIsKept() {
		RestRequest request = RestRequest.put("/files/{uuid}/metadata/{key}/", "3addab78-6368-4c55-ac08-22412b6a2a4c",
				"owner");

		assertThat(request.path()).isEqualTo("/files/3addab78-6368-4c55-ac08-22412b6a2a4c/metadata/owner/");
		assertThat(request.template()).isEqualTo("/files/{uuid}/metadata/{key}/");
		assertThat(request.json("42").template()).isEqualTo(request.template());
		assertThat(request.query(new QueryString().add("a", "b")).template()).isEqualTo(request.template());
	}

	@Test
	void aPathWithoutVariablesIsItsOwnTemplate() {
		assertThat(RestRequest.get("/project/").template()).isEqualTo("/project/");
		assertThat(RestTransport.followLink("https://api.uploadcare.com/files/?limit=2&from=x").template())
			.isEqualTo("/files/");
	}

	@Test
	void aTemplateAndItsVariablesMustMatch() {
		assertThatIllegalArgumentException().isThrownBy(() -> RestRequest.get("/files/{uuid}/"))
			.withMessageContaining("more variables");
		assertThatIllegalArgumentException().isThrownBy(() -> RestRequest.get("/files/{uuid}/", "a", "b"))
			.withMessageContaining("fewer variables");
	}

}
