package dev.ucare.client.cdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadcareUrlTest {

	private static final String ID = "52da3bfc-7cd8-4861-8b05-126fef7a6994";

	@Test
	void bareForms() {
		assertThat(UploadcareUrl.parse(ID)).isEqualTo(new UploadcareUrl(null, ID, null, null, List.of(), null));
		assertThat(UploadcareUrl.parse("/" + ID.toUpperCase() + "/").uuid()).isEqualTo(ID);
		UploadcareUrl group = UploadcareUrl.parse(ID + "~4");
		assertThat(group.groupId()).isEqualTo(ID + "~4");
		assertThat(group.isGroup()).isTrue();
		assertThat(UploadcareUrl.parse(ID + "/-/resize/10x/-/flip/").operations()).containsExactly("resize/10x",
				"flip");
		UploadcareUrl nth = UploadcareUrl.parse(ID + "~4/nth/3/-/preview/");
		assertThat(nth.nth()).isEqualTo(3);
		assertThat(nth.groupSize()).isEqualTo(4);
		assertThat(nth.effects()).isEqualTo("preview/");
		assertThat(UploadcareUrl.parse(ID + "~4/nth/3").nth()).isEqualTo(3);
	}

	@Test
	void fullUrls() {
		UploadcareUrl u = UploadcareUrl.parse("https://ucarecdn.com/" + ID + "/-/resize/200x/roof.jpg");
		assertThat(u).isEqualTo(new UploadcareUrl(URI.create("https://ucarecdn.com/"), ID, null, null,
				List.of("resize/200x"), "roof.jpg"));
		assertThat(u.toUri()).isEqualTo(URI.create("https://ucarecdn.com/" + ID + "/-/resize/200x/roof.jpg"));
		UploadcareUrl prefixed = UploadcareUrl
			.parse("http://example.com:8080/a/b/" + ID + "~2/nth/1/my%20file.png#top");
		assertThat(prefixed.base()).isEqualTo(URI.create("http://example.com:8080/a/b/"));
		assertThat(prefixed.filename()).isEqualTo("my file.png");
		assertThat(prefixed.nth()).isEqualTo(1);
		assertThat(UploadcareUrl.parse("https://ucarecdn.com/" + ID + "/detect_faces/").operations())
			.containsExactly("detect_faces");
		assertThat(UploadcareUrl.parse("https://ucarecdn.com/" + ID + "/gif2video/-/format/webm/road.gif"))
			.satisfies(x -> {
				assertThat(x.operations()).containsExactly("gif2video", "format/webm");
				assertThat(x.filename()).isEqualTo("road.gif");
			});
		assertThat(UploadcareUrl.parse("https://ucarecdn.com/" + ID + "/-/text/1x1/center/a%20b/").operations())
			.containsExactly("text/1x1/center/a%20b");
		assertThat(UploadcareUrl.parse(URI.create("https://1s4oyld5dc.ucarecd.net/" + ID + "/")).uuid()).isEqualTo(ID);
		assertThat(UploadcareUrl.parse("https://ucarecdn.com/" + ID + "/roof.jpg")
			.withFilename(null)
			.toUri(URI.create("https://x.io"))).isEqualTo(URI.create("https://x.io/" + ID + "/"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "hello", "https://ucarecdn.com/", "https://ucarecdn.com/abc/def/",
			ID + "/resize/10x/", ID + "/-/", ID + "/-/-/flip/", ID + "//", ID + "~0", ID + "~2/nth/2/",
			"ucarecdn.com/" + ID + "/", ID + "/-/a b/", ID + "/nth/0/" })
	void rejectsMalformed(String input) {
		assertThatThrownBy(() -> UploadcareUrl.parse(input)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'" + input + "'");
	}

	/**
	 * Property: any reference built from parts renders to a URL that parses back to the
	 * same parts.
	 */
	@Test
	void roundTripOverGeneratedInputs() {
		Random random = new Random(20240611L);
		List<URI> bases = List.of(URI.create("https://ucarecdn.com/"), URI.create("https://1s4oyld5dc.ucarecd.net/"),
				URI.create("http://localhost:8080/"), URI.create("https://cdn.example.com/a/b%20c/"));
		for (int i = 0; i < 2000; i++) {
			URI base = random.nextInt(5) == 0 ? null : bases.get(random.nextInt(bases.size()));
			String uuid = new UUID(random.nextLong(), random.nextLong()).toString();
			Integer size = random.nextBoolean() ? null : 1 + random.nextInt(20);
			Integer nth = size != null && random.nextBoolean() ? random.nextInt(size) : null;
			ImageTransformation t = randomTransformation(random);
			String filename = random.nextInt(3) == 0 ? randomFilename(random) : null;
			UploadcareUrl original = new UploadcareUrl(base, uuid, size, nth, t.operations(), filename);

			String text = base == null ? original.path() : original.toUri().toString();
			UploadcareUrl parsed = UploadcareUrl.parse(text);
			assertThat(parsed).as(text).isEqualTo(original);
			assertThat(UploadcareUrl.parse(parsed.toUri()).withFilename(filename)).as(text)
				.satisfies(p -> assertThat(p.operations()).isEqualTo(original.operations()));
			if (size == null && filename == null) {
				assertThat(parsed.transformation()).isEqualTo(t);
				assertThat(original.path()).isEqualTo(t.path(uuid));
			}
		}
	}

	private static final List<Consumer<ImageTransformation.Builder>> OPS = List.of(b -> b.preview(),
			b -> b.preview(10, 20), b -> b.resize(null, 5), b -> b.resize(7, null), b -> b.stretch(StretchMode.FILL),
			b -> b.smartResize(3, 4), b -> b.crop(1, 2, CropAlignment.LEFT), b -> b.crop(1, 2, "5%", "6%"),
			b -> b.scaleCrop(9, 9, ScaleCropMode.SMART_FACES), b -> b.borderRadius("10%", "3"), b -> b.setfill("abc"),
			b -> b.zoomObjects(42), b -> b.format(ImageFormat.WEBP), b -> b.quality(ImageQuality.SMART),
			b -> b.progressive(), b -> b.rasterize(), b -> b.stripMeta(StripMetaMode.SENSITIVE), b -> b.warmth(-3),
			b -> b.enhance(), b -> b.grayscale(), b -> b.invert(), b -> b.filter(ImageFilter.CYREN, 10),
			b -> b.srgb(SrgbMode.ICC), b -> b.maxIccSize(10), b -> b.blur(5, -5), b -> b.blurFaces(4), b -> b.sharp(3),
			b -> b.rotate(-90), b -> b.overlaySelf(Dimensions.of("10%", "20"), Position.at(1, 2), 50),
			b -> b.autorotate(false), b -> b.rect("ff000080", Dimensions.of(1, 2), Position.of(OverlayOffset.BOTTOM)),
			b -> b.flip(), b -> b.mirror(), b -> b.textAlign(HorizontalAlignment.CENTER, VerticalAlignment.TOP),
			b -> b.font(5, "000"), b -> b.textBox(TextBoxMode.FIT, "fff", 2), b -> b.operation("json"));

	private static ImageTransformation randomTransformation(Random random) {
		ImageTransformation.Builder b = ImageTransformation.builder();
		int first = random.nextInt(6);
		if (first == 0) {
			b.detectFaces();
		}
		else if (first == 1) {
			b.gif2video();
		}
		for (int n = random.nextInt(5); n > 0; n--) {
			if (random.nextInt(4) == 0) {
				b.text(randomText(random), Dimensions.of("80%", "10"), Position.of(OverlayOffset.CENTER));
			}
			else {
				OPS.get(random.nextInt(OPS.size())).accept(b);
			}
		}
		return b.build();
	}

	private static final String ALPHABET = "abcXYZ019 -_.~/\n%+?#&é👍";

	private static String randomText(Random random) {
		StringBuilder s = new StringBuilder();
		for (int n = 1 + random.nextInt(8); n > 0; n--) {
			s.appendCodePoint(ALPHABET.codePoints().toArray()[random.nextInt((int) ALPHABET.codePoints().count())]);
		}
		// a text of only dots would be a dot segment, which is refused
		return s.toString().matches("\\.{1,2}") ? "a" + s : s.toString();
	}

	/**
	 * A filename is one segment: no slash or control character, never a dot segment.
	 */
	private static String randomFilename(Random random) {
		String name = randomText(random).replace("/", "_").replace("\n", "_");
		return name + List.of(".jpg", ".png", "", ".tar.gz").get(random.nextInt(4));
	}

	@Test
	void generatedTransformationsAlsoRoundTripThroughCdnUrls() {
		Random random = new Random(7);
		CdnUrls cdn = CdnUrlsTest.cdn(CdnBase.forProject("demopublickey"));
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			String uuid = new UUID(random.nextLong(), random.nextLong()).toString();
			ImageTransformation t = randomTransformation(random);
			URI url = cdn.url(uuid, t.effects());
			UploadcareUrl parsed = UploadcareUrl.parse(url);
			assertThat(parsed.uuid()).isEqualTo(uuid);
			assertThat(parsed.transformation()).as(url.toString()).isEqualTo(t);
			assertThat(cdn.rebase(url)).isEqualTo(url);
			seen.add(url.toString());
		}
		assertThat(seen).doesNotHaveDuplicates();
	}

}
