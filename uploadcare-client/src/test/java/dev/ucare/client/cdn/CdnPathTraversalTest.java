package dev.ucare.client.cdn;

import java.net.URI;
import java.util.List;

import dev.ucare.client.UploadcareClient;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A CDN reference must name the file a browser (or {@link URI#normalize()}) would fetch:
 * dot segments, empty segments, {@code ?}, {@code #}, {@code \}, percent-encoded slashes,
 * dots and control characters are refused with an {@link InvalidCdnUrlException} naming
 * the bad part.
 */
class CdnPathTraversalTest {

	private static final String A = "52da3bfc-7cd8-4861-8b05-126fef7a6994";

	private static final String B = "d496a4df-0b36-4281-8156-268ae9524d4a";

	private final CdnUrls cdn = UploadcareClient.builder().publicKey("demopublickey").build().cdn();

	@Test
	void aUrlThatBrowsersResolveToAnotherFileIsRefused() {
		String attack = "https://ucarecdn.com/" + A + "/-/resize/../../../" + B + "/";
		assertThat(URI.create(attack).normalize().getPath()).isEqualTo("/" + B + "/");

		assertRefused(() -> UploadcareUrl.parse(attack), "..");
		assertRefused(() -> cdn.rebase(attack), "..");
		assertRefused(() -> UploadcareUrl.parse(A + "/-/resize/200x/./"), ".");
		assertRefused(() -> UploadcareUrl.parse("https://ucarecdn.com/x/../" + A + "/"), "..");
		assertRefused(() -> UploadcareUrl.parse(A + "/-/resize/%2e%2E/"), "%2e%2E");
	}

	@ParameterizedTest
	@ValueSource(strings = { "..", ".", "resize/..", "resize/./200x", "resize//200x", "resize/200x?x=1",
			"resize/200x#top", "resize\\200x", "resize/a%2Fb", "resize/a%2fb", "resize/%2E", "resize/a%00b",
			"resize/a%1Fb", "resize/a%7Fb", "resize/a\u0000b", "resize/a\nb" })
	void everyWayToWriteAnOperationIsChecked(String operation) {
		String bad = badPart(operation);
		assertRefused(() -> ImageTransformation.builder().operation(operation), bad);
		assertRefused(() -> ImageTransformation.of(List.of(operation)), bad);
		assertRefused(() -> ImageTransformation.parse("-/" + operation + "/"), bad);
		assertRefused(() -> cdn.url(A, "-/" + operation + "/"), bad);
		assertRefused(() -> cdn.url(A, "-/" + operation + "/", "photo.jpg"), bad);
		assertRefused(() -> UploadcareUrl.parse(A + "/-/" + operation + "/"), bad);
	}

	@Test
	void queryAndFragmentAreNotPartOfARelativeReference() {
		assertRefused(() -> UploadcareUrl.parse(A + "/-/resize/200x/?/../../" + B + "/"), "?");
		assertRefused(() -> UploadcareUrl.parse(A + "/#/../" + B + "/"), "#");
		// in an absolute URL they are what the URL syntax says: dropped, as a browser
		// requests only the path
		assertThat(UploadcareUrl.parse("https://ucarecdn.com/" + A + "/-/resize/10x/?a=../../" + B).uuid())
			.isEqualTo(A);
	}

	@Test
	void builtTextAndFilenamesCannotBecomeDotSegments() {
		assertRefused(() -> ImageTransformation.builder().text("..", Dimensions.of(10, 10), Position.at(0, 0)), "..");
		assertRefused(() -> cdn.url(A, ImageTransformation.empty(), ".."), "..");
		assertRefused(() -> cdn.url(A, ImageTransformation.empty(), "."), ".");
		assertRefused(() -> cdn.url(A, ImageTransformation.empty(), "a/b.jpg"), "a/b.jpg");
		assertRefused(() -> cdn.url(A, ImageTransformation.empty(), "a\\b.jpg"), "a\\b.jpg");
		assertRefused(() -> UploadcareUrl.parse("https://ucarecdn.com/" + A + "/a%2Fb.jpg"), "a%2Fb.jpg");
		assertThat(cdn.url(A, ImageTransformation.empty(), "a..b.jpg"))
			.isEqualTo(URI.create("https://ucarecdn.com/" + A + "/a..b.jpg"));
		assertThat(ImageTransformation.builder().text("a..b", Dimensions.of(10, 10), Position.at(0, 0)).build())
			.isNotNull();
	}

	@Test
	void safeReferencesStillParse() {
		assertThat(UploadcareUrl.parse("https://ucarecdn.com/" + A + "/-/resize/200x/-/text/1x1/0,0/a%20b/").uuid())
			.isEqualTo(A);
		assertThat(ImageTransformation.parse("-/resize/200x/").operations()).containsExactly("resize/200x");
	}

	private static String badPart(String operation) {
		for (String part : operation.split("/", -1)) {
			if (part.isEmpty()) {
				return "''";
			}
			if (part.equals("..") || part.equals(".") || part.equalsIgnoreCase("%2E")) {
				return part;
			}
		}
		return operation;
	}

	private static void assertRefused(ThrowingCallable call, String part) {
		assertThatThrownBy(call).isInstanceOf(InvalidCdnUrlException.class)
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(part);
	}

}
