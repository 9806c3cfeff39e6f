package dev.ucare.client.reference;

import java.net.URI;

import dev.ucare.client.reference.InvalidReferenceException.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class GroupReferenceTest {

	private static final String ID = "52da3bfc-7cd8-4861-8b05-126fef7a6994";

	@Test
	void groupIdAndUrls() {
		GroupReference group = GroupReference.of(ID.toUpperCase() + "~3");
		assertThat(group.id()).isEqualTo(ID + "~3");
		assertThat(group.size()).isEqualTo(3);
		assertThat(group.toString()).isEqualTo("https://ucarecdn.com/" + ID + "~3/");
		assertThat(GroupReference.parse(ID + "~3")).isEqualTo(group);

		GroupReference parsed = GroupReference.parse("https://1s4oyld5dc.ucarecd.net/" + ID + "~3/");
		assertThat(parsed.cdnBase()).isEqualTo(URI.create("https://1s4oyld5dc.ucarecd.net/"));
		assertThat(parsed.toString()).isEqualTo("https://1s4oyld5dc.ucarecd.net/" + ID + "~3/");
		assertThat(parsed.fileUrl(2)).isEqualTo(URI.create("https://1s4oyld5dc.ucarecd.net/" + ID + "~3/nth/2/"));
		assertThat(parsed.withCdnBase(null)).isEqualTo(group);
		assertThatThrownBy(() -> parsed.fileUrl(3)).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "''|VALUE", "52da3bfc-7cd8-4861-8b05-126fef7a6994|KIND",
					"https://ucarecdn.com/52da3bfc-7cd8-4861-8b05-126fef7a6994~2/nth/1/|KIND",
					"https://ucarecdn.com/52da3bfc-7cd8-4861-8b05-126fef7a6994~2/-/preview/|OPERATIONS",
					"52da3bfc-7cd8-4861-8b05-126fef7a6994~0|UUID", "group-1|UUID" })
	void invalidValuesNameTheBadPart(String value, Part part) {
		InvalidReferenceException ex = catchThrowableOfType(InvalidReferenceException.class,
				() -> GroupReference.parse(value));
		assertThat(ex).isNotNull();
		assertThat(ex.part()).isEqualTo(part);
	}

	@Test
	void constructorValidates() {
		assertThat(catchThrowableOfType(InvalidReferenceException.class, () -> new GroupReference(ID, 0, null)).part())
			.isEqualTo(Part.UUID);
		assertThatThrownBy(() -> GroupReference.of(ID)).isInstanceOf(InvalidReferenceException.class)
			.hasMessageContaining("is not an Uploadcare group id");
	}

	@Test
	void aReferenceMayNameItsProjectWhichEveryCopyKeeps() {
		GroupReference ref = GroupReference.of(ID + "~2");
		GroupReference marketing = ref.withProject("marketing");
		assertThat(marketing.project()).isEqualTo("marketing");
		assertThat(marketing.id()).isEqualTo(ID + "~2");
		assertThat(marketing.toString()).isEqualTo(ref.toString());
		assertThat(marketing.withCdnBase(URI.create("https://cdn.example.com/")).project()).isEqualTo("marketing");
		assertThat(marketing.withProject(null)).isEqualTo(ref);
		assertThat(catchThrowableOfType(InvalidReferenceException.class, () -> ref.withProject("a/b")).part())
			.isEqualTo(Part.PROJECT);
	}

}
