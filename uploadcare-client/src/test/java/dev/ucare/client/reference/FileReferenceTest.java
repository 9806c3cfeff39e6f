package dev.ucare.client.reference;

import java.net.URI;
import java.util.List;

import dev.ucare.client.cdn.CdnBase;
import dev.ucare.client.cdn.ImageTransformation;
import dev.ucare.client.cdn.UploadcareUrl;
import dev.ucare.client.reference.InvalidReferenceException.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FileReferenceTest {

	private static final String ID = "52da3bfc-7cd8-4861-8b05-126fef7a6994";

	@Test
	void bareUuidInAnyCase() {
		FileReference ref = FileReference.parse("  " + ID.toUpperCase() + " ");
		assertThat(ref.uuid()).isEqualTo(ID);
		assertThat(ref.operations()).isEmpty();
		assertThat(ref.cdnBase()).isNull();
		assertThat(ref).isEqualTo(FileReference.of(ID));
		assertThat(ref.toString()).isEqualTo("https://ucarecdn.com/" + ID + "/");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://ucarecdn.com/", "https://1s4oyld5dc.ucarecd.net/", "https://cdn.example.com/",
			"http://127.0.0.1:4567/", "https://example.com/media/files/" })
	void cdnUrlsOnAnyHostRoundTrip(String base) {
		String url = base + ID + "/-/crop/100x100/0,0/-/preview/";
		FileReference ref = FileReference.parse(url);
		assertThat(ref.uuid()).isEqualTo(ID);
		assertThat(ref.cdnBase()).isEqualTo(URI.create(base));
		assertThat(ref.operations()).containsExactly("crop/100x100/0,0", "preview");
		assertThat(ref.hasOperations()).isTrue();
		assertThat(ref.toString()).isEqualTo(url);
		assertThat(FileReference.parse(ref.toString())).isEqualTo(ref);
	}

	@Test
	void filenameQueryAndFragment() {
		FileReference ref = FileReference.parse("https://ucarecdn.com/" + ID + "/-/resize/200x/my%20photo.jpg?x=1#top");
		assertThat(ref.filename()).isEqualTo("my photo.jpg");
		assertThat(ref.toString()).isEqualTo("https://ucarecdn.com/" + ID + "/-/resize/200x/my%20photo.jpg");
		assertThat(ref.path()).isEqualTo(ID + "/-/resize/200x/my%20photo.jpg");
	}

	@Test
	void copiesAndConversions() {
		FileReference ref = FileReference.parse(ID + "/-/preview/");
		assertThat(ref.transformation()).isEqualTo(ImageTransformation.of(List.of("preview")));
		assertThat(ref.withCdnBase(URI.create("https://cdn.example.com")).toString())
			.isEqualTo("https://cdn.example.com/" + ID + "/-/preview/");
		assertThat(ref.withTransformation(ImageTransformation.builder().grayscale().build()).operations())
			.containsExactly("grayscale");
		assertThat(ref.withFilename("a.png").cdnUrl(URI.create("https://x.io/p")))
			.isEqualTo(URI.create("https://x.io/p/" + ID + "/-/preview/a.png"));
		assertThat(ref.toUploadcareUrl()).isEqualTo(UploadcareUrl.parse(ID + "/-/preview/"));
		assertThat(FileReference.from(UploadcareUrl.parse(ID))).isEqualTo(FileReference.of(ID));
		assertThat(FileReference.parse(URI.create("https://ucarecdn.com/" + ID + "/")).cdnBase())
			.isEqualTo(CdnBase.DEFAULT_URI);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "''|VALUE|is empty", "'   '|VALUE|is empty", "hello|UUID|contains no Uploadcare file UUID",
					"52da3bfc-7cd8-4861-8b05-126fef7a69zz|UUID|malformed",
					"https://example.com/picture.jpg|UUID|contains no Uploadcare file UUID",
					"ftp://ucarecdn.com/52da3bfc-7cd8-4861-8b05-126fef7a6994/|CDN_BASE|not an http(s) URL",
					"javascript:alert(1)|VALUE|neither",
					"https://user@ucarecdn.com/52da3bfc-7cd8-4861-8b05-126fef7a6994/|CDN_BASE|host",
					"52da3bfc-7cd8-4861-8b05-126fef7a6994~3|KIND|is a group",
					"https://ucarecdn.com/52da3bfc-7cd8-4861-8b05-126fef7a6994~3/nth/0/|KIND|position in a group",
					"52da3bfc-7cd8-4861-8b05-126fef7a6994/resize/10x/|OPERATIONS|invalid CDN operations",
					"https://ucarecdn.com/x/../52da3bfc-7cd8-4861-8b05-126fef7a6994/|VALUE|relative path" })
	void invalidValuesNameTheBadPart(String value, Part part, String problem) {
		InvalidReferenceException ex = catchThrowableOfType(InvalidReferenceException.class,
				() -> FileReference.parse(value));
		assertThat(ex).isNotNull();
		assertThat(ex.part()).isEqualTo(part);
		assertThat(ex.getMessage()).contains(problem);
		assertThat(ex).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void nullAndOverlongValues() {
		assertThat(
				catchThrowableOfType(InvalidReferenceException.class, () -> FileReference.parse((String) null)).part())
			.isEqualTo(Part.VALUE);
		String huge = "https://ucarecdn.com/" + ID + "/" + "-/preview/".repeat(300);
		InvalidReferenceException ex = catchThrowableOfType(InvalidReferenceException.class,
				() -> FileReference.parse(huge));
		assertThat(ex.part()).isEqualTo(Part.VALUE);
		assertThat(ex.getMessage()).contains("too long").hasSizeLessThan(250);
	}

	@Test
	void messagesShowASafeShortValue() {
		InvalidReferenceException ex = catchThrowableOfType(InvalidReferenceException.class,
				() -> FileReference.parse("line\nbreak " + "x".repeat(500)));
		assertThat(ex.value()).doesNotContain("\n").endsWith("…").hasSizeLessThanOrEqualTo(121);
		assertThat(ex.getMessage()).doesNotContain("\n");
	}

	@Test
	void constructorValidates() {
		assertThatThrownBy(() -> FileReference.of("nope")).isInstanceOf(InvalidReferenceException.class)
			.hasMessageContaining("'nope' is not an Uploadcare file UUID");
		assertThat(catchThrowableOfType(InvalidReferenceException.class,
				() -> new FileReference(ID, List.of("-/x"), null, null))
			.part()).isEqualTo(Part.OPERATIONS);
		assertThat(catchThrowableOfType(InvalidReferenceException.class,
				() -> new FileReference(ID, List.of(), null, URI.create("ftp://x/")))
			.part()).isEqualTo(Part.CDN_BASE);
	}

	@Test
	void aReferenceMayNameItsProjectWhichEveryCopyKeeps() {
		FileReference ref = FileReference.parse("https://ucarecdn.com/" + ID + "/-/preview/photo.jpg");
		assertThat(ref.project()).isNull();
		FileReference marketing = ref.withProject("marketing-eu_2");
		assertThat(marketing.project()).isEqualTo("marketing-eu_2");
		assertThat(marketing).isNotEqualTo(ref);
		assertThat(marketing.toString()).isEqualTo(ref.toString());
		assertThat(marketing.withCdnBase(URI.create("https://cdn.example.com/")).project()).isEqualTo("marketing-eu_2");
		assertThat(marketing.withFilename("x.png").project()).isEqualTo("marketing-eu_2");
		assertThat(marketing.withTransformation(ImageTransformation.of(List.of("grayscale"))).project())
			.isEqualTo("marketing-eu_2");
		assertThat(marketing.withProject(null)).isEqualTo(ref);
		InvalidReferenceException ex = catchThrowableOfType(InvalidReferenceException.class,
				() -> ref.withProject("no spaces"));
		assertThat(ex.part()).isEqualTo(Part.PROJECT);
		assertThat(ex).hasMessageContaining("'no spaces' is not a project name");
		assertThat(catchThrowableOfType(InvalidReferenceException.class, () -> ref.withProject("x".repeat(65))).part())
			.isEqualTo(Part.PROJECT);
	}

}
