package dev.ucare.boot.autoconfigure.persistence;

import java.net.URI;

import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import dev.ucare.client.reference.InvalidReferenceException;
import dev.ucare.client.reference.InvalidReferenceException.Part;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link ReferenceColumns} and the converters built on it. */
class ReferenceColumnsTests {

	private static final String UUID = "0b1c8a64-5a3f-4d1e-9a39-9e1c1f3a5d2e";

	private final FileReferenceConverter files = new FileReferenceConverter();

	private final GroupReferenceConverter groups = new GroupReferenceConverter();

	@Test
	void aFileIsStoredAsItsCdnUrlWithEffectsAndFilename() {
		FileReference reference = FileReference
			.parse("https://cdn.example.com/media/" + UUID + "/-/crop/200x200/0,0/-/preview/my%20photo.jpg");
		String column = files.convertToDatabaseColumn(reference);
		assertThat(column)
			.isEqualTo("https://cdn.example.com/media/" + UUID + "/-/crop/200x200/0,0/-/preview/my%20photo.jpg");
		assertThat(files.convertToEntityAttribute(column)).isEqualTo(reference);
	}

	@Test
	void theProjectTravelsInAFragmentThatParsingIgnores() {
		FileReference reference = FileReference.parse("https://cdn.example.com/" + UUID + "/").withProject("marketing");
		String column = files.convertToDatabaseColumn(reference);
		assertThat(column).isEqualTo("https://cdn.example.com/" + UUID + "/#project=marketing");
		assertThat(files.convertToEntityAttribute(column)).isEqualTo(reference);
		assertThat(FileReference.parse(column)).isEqualTo(reference.withProject(null));
		assertThat(catchThrowableOfType(InvalidReferenceException.class,
				() -> files.convertToEntityAttribute("https://ucarecdn.com/" + UUID + "/#project=no way"))
			.part()).isEqualTo(Part.PROJECT);
	}

	@Test
	void groupsRoundTripToo() {
		GroupReference group = GroupReference.of(UUID + "~3").withProject("eu");
		assertThat(groups.convertToDatabaseColumn(group)).isEqualTo(UUID + "~3#project=eu");
		assertThat(groups.convertToEntityAttribute(UUID + "~3#project=eu")).isEqualTo(group);
		GroupReference onTheCdn = group.withCdnBase(URI.create("https://cdn.example.com/"));
		String column = groups.convertToDatabaseColumn(onTheCdn);
		assertThat(column).isEqualTo("https://cdn.example.com/" + UUID + "~3/#project=eu");
		assertThat(groups.convertToEntityAttribute(column)).isEqualTo(onTheCdn);
	}

	@Test
	void aReferenceWithoutCdnBaseIsStoredAsItsUuidPath() {
		FileReference bare = FileReference.parse(UUID + "/-/preview/photo.jpg");
		assertThat(files.convertToDatabaseColumn(bare)).isEqualTo(UUID + "/-/preview/photo.jpg");
		assertThat(files.convertToEntityAttribute(UUID + "/-/preview/photo.jpg")).isEqualTo(bare);
		assertThat(files.convertToEntityAttribute(files.convertToDatabaseColumn(FileReference.of(UUID))))
			.isEqualTo(FileReference.of(UUID));
		FileReference onUploadcaresCdn = FileReference.parse("https://ucarecdn.com/" + UUID + "/-/preview/");
		assertThat(files.convertToEntityAttribute(files.convertToDatabaseColumn(onUploadcaresCdn)))
			.isEqualTo(onUploadcaresCdn);
	}

	@Test
	void nullAndBlankAreNoReference() {
		assertThat(files.convertToDatabaseColumn(null)).isNull();
		assertThat(files.convertToEntityAttribute(null)).isNull();
		assertThat(files.convertToEntityAttribute("  ")).isNull();
		assertThat(groups.convertToDatabaseColumn(null)).isNull();
		assertThat(groups.convertToEntityAttribute("")).isNull();
	}

	@Test
	void plainValuesReadAsTheyParse() {
		assertThat(ReferenceColumns.read(UUID)).isEqualTo(FileReference.of(UUID));
		assertThat(ReferenceColumns.readFile(" " + UUID.toUpperCase() + " ")).isEqualTo(FileReference.of(UUID));
	}

	@Test
	void theWrongKindOrGarbageIsRefusedNamingTheProblem() {
		assertThat(catchThrowableOfType(InvalidReferenceException.class,
				() -> files.convertToEntityAttribute(UUID + "~2")))
			.hasMessageContaining("is a group, not a single file")
			.extracting(InvalidReferenceException::part)
			.isEqualTo(Part.KIND);
		assertThat(catchThrowableOfType(InvalidReferenceException.class, () -> groups.convertToEntityAttribute(UUID)))
			.hasMessageContaining("is a single file, not a group");
		assertThat(
				catchThrowableOfType(InvalidReferenceException.class, () -> ReferenceColumns.read("photo.jpg")).part())
			.isEqualTo(Part.UUID);
		assertThatIllegalArgumentException().isThrownBy(() -> ReferenceColumns.write("text"))
			.withMessage("Not an Uploadcare reference: java.lang.String");
	}

}
