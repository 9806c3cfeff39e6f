package dev.ucare.client.cdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ImageTransformationTest {

	private static ImageTransformation.Builder b() {
		return ImageTransformation.builder();
	}

	// --- §8.7 vectors ---

	@Test
	void pathVector() {
		ImageTransformation t = b().quality(ImageQuality.BEST)
			.preview(160, 160)
			.setfill("8d8578")
			.stretch(StretchMode.FILL)
			.resize(220, null)
			.build();
		assertThat(t.effects())
			.isEqualTo("quality/best/-/preview/160x160/-/setfill/8d8578/-/stretch/fill/-/resize/220x/");
		assertThat(t.path("52da3bfc-7cd8-4861-8b05-126fef7a6994")).isEqualTo("52da3bfc-7cd8-4861-8b05-126fef7a6994/"
				+ "-/quality/best/-/preview/160x160/-/setfill/8d8578/-/stretch/fill/-/resize/220x/");
	}

	@Test
	void detectFaces() {
		assertThat(b().detectFaces().build().path("af0136cc-c60a-49a3-a10f-f9319f0ce7e1"))
			.isEqualTo("af0136cc-c60a-49a3-a10f-f9319f0ce7e1/detect_faces/");
	}

	@Test
	void gif2video() {
		ImageTransformation t = b().gif2video(Gif2VideoFormat.WEBM, Gif2VideoQuality.LIGHTER).build();
		assertThat(t.effects()).isEqualTo("gif2video/-/format/webm/-/quality/lighter/");
		assertThat(t.path("af0136cc-c60a-49a3-a10f-f9319f0ce7e1"))
			.isEqualTo("af0136cc-c60a-49a3-a10f-f9319f0ce7e1/gif2video/-/format/webm/-/quality/lighter/");
		assertThat(b().gif2video().format(Gif2VideoFormat.WEBM).quality(Gif2VideoQuality.LIGHTER).build()).isEqualTo(t);
	}

	@Test
	void borderRadius() {
		assertThat(b().borderRadius("10%")
			.borderRadius(List.of("10", "20", "40%", "80p"), List.of("30%"))
			.build()
			.effects()).isEqualTo("border_radius/10p/-/border_radius/10,20,40p,80p/30p/");
	}

	@Test
	void textOverlay() {
		ImageTransformation t = b().preview(440, 440)
			.textAlign(HorizontalAlignment.RIGHT, VerticalAlignment.BOTTOM)
			.font(20, "fff")
			.textBox(TextBoxMode.FILL, "fcba0355", null)
			.text("Up~load\nca/re 👍", Dimensions.of("80p", "80p"), Position.of(OverlayOffset.CENTER))
			.build();
		assertThat(t.effects())
			.isEqualTo("preview/440x440/-/text_align/right/bottom/-/font/20/fff/-/text_box/fill/fcba0355/"
					+ "-/text/80px80p/center/Up~~load~nca~sre%20%F0%9F%91%8D/");
	}

	@Test
	void rect() {
		assertThat(b().preview(440, 440)
			.rect("ff000080", Dimensions.of("50%", "33%"), Position.at("50%", "50%"))
			.rect("00ff0080", Dimensions.of("33p", "50p"), Position.of(OverlayOffset.CENTER))
			.build()
			.effects()).isEqualTo("preview/440x440/-/rect/ff000080/50px33p/50p,50p/-/rect/00ff0080/33px50p/center/");
	}

	@Test
	void blurFaces() {
		assertThat(b().preview(440, 440).blurFaces(250).build().effects())
			.isEqualTo("preview/440x440/-/blur_region/faces/250/");
	}

	@Test
	void unsharp() {
		assertThat(b().scaleCrop(880, 600).blur(200, -120).build().effects())
			.isEqualTo("scale_crop/880x600/-/blur/200/-120/");
	}

	// --- the rest of pyuploadcare's image tests ---

	@Test
	void resizeCropAndFormats() {
		assertThat(b().smartResize(440, 600).quality(ImageQuality.SMART).build().effects())
			.isEqualTo("smart_resize/440x600/-/quality/smart/");
		assertThat(b().crop(2000, 1325, CropAlignment.CENTER).build().effects()).isEqualTo("crop/2000x1325/center/");
		assertThat(b().crop(640, 424, 2560, 830).build().effects()).isEqualTo("crop/640x424/2560,830/");
		assertThat(b().crop(640, 424, "50%", "10p").crop(10, 10).build().effects())
			.isEqualTo("crop/640x424/50p,10p/-/crop/10x10/");
		assertThat(b().scaleCrop(1024, 1024, ScaleCropMode.CENTER).build().effects())
			.isEqualTo("scale_crop/1024x1024/center/");
		assertThat(b().scaleCrop(10, 20, 30, 40)
			.scaleCrop(1, 1, ScaleCropMode.SMART_OBJECTS_FACES_POINTS)
			.build()
			.effects()).isEqualTo("scale_crop/10x20/30p,40p/-/scale_crop/1x1/smart_objects_faces_points/");
		assertThat(b().setfill("ece3d2").format(ImageFormat.JPEG).build().effects())
			.isEqualTo("setfill/ece3d2/-/format/jpeg/");
		assertThat(b().zoomObjects(50).build().effects()).isEqualTo("zoom_objects/50/");
		assertThat(b().rasterize().blur(20).build().effects()).isEqualTo("rasterize/-/blur/20/");
		assertThat(b().preview().quality(ImageQuality.BEST).progressive().build().effects())
			.isEqualTo("preview/-/quality/best/-/progressive/yes/");
		assertThat(b().progressive(false).stripMeta(StripMetaMode.ALL).build().effects())
			.isEqualTo("progressive/no/-/strip_meta/all/");
		assertThat(b().preview(null, 300)
			.resize(null, 800)
			.format(ImageFormat.PRESERVE)
			.quality(ImageQuality.SMART_RETINA)
			.build()
			.effects()).isEqualTo("preview/x300/-/resize/x800/-/format/preserve/-/quality/smart_retina/");
		assertThat(b().stretch(StretchMode.OFF).build().effects()).isEqualTo("stretch/off/");
	}

	@Test
	void colourAndFilters() {
		assertThat(b().preview().adjust(ColorAdjustment.SATURATION, -80).contrast(80).warmth(50).build().effects())
			.isEqualTo("preview/-/saturation/-80/-/contrast/80/-/warmth/50/");
		assertThat(b().brightness(-100)
			.exposure(500)
			.gamma(0)
			.vibrance(500)
			.adjust(ColorAdjustment.GAMMA)
			.build()
			.effects()).isEqualTo("brightness/-100/-/exposure/500/-/gamma/0/-/vibrance/500/-/gamma/");
		assertThat(b().preview().enhance(50).enhance().build().effects()).isEqualTo("preview/-/enhance/50/-/enhance/");
		assertThat(b().preview().grayscale().invert().build().effects()).isEqualTo("preview/-/grayscale/-/invert/");
		assertThat(b().preview().filter(ImageFilter.BRIARIL).filter(ImageFilter.ZEVCEN, 150).build().effects())
			.isEqualTo("preview/-/filter/briaril/-/filter/zevcen/150/");
		assertThat(b().preview().srgb(SrgbMode.FAST).srgb(SrgbMode.KEEP_PROFILE).build().effects())
			.isEqualTo("preview/-/srgb/fast/-/srgb/keep_profile/");
		assertThat(b().maxIccSize(0).srgb(SrgbMode.FAST).preview().build().effects())
			.isEqualTo("max_icc_size/0/-/srgb/fast/-/preview/");
	}

	@Test
	void blurAndSharp() {
		assertThat(b().preview().blur(20).blur().build().effects()).isEqualTo("preview/-/blur/20/-/blur/");
		assertThat(b().preview(440, 400).blurRegion(Dimensions.of(130, 180), Position.at(220, 25)).build().effects())
			.isEqualTo("preview/440x400/-/blur_region/130x180/220,25/");
		assertThat(b().preview(440, 400)
			.blurRegion(Dimensions.of("30p", "80p"), Position.at("50p", "10p"), 20)
			.build()
			.effects()).isEqualTo("preview/440x400/-/blur_region/30px80p/50p,10p/20/");
		assertThat(b().blurFaces().build().effects()).isEqualTo("blur_region/faces/");
		assertThat(b().preview(600, 600).sharp(20).sharp().build().effects())
			.isEqualTo("preview/600x600/-/sharp/20/-/sharp/");
	}

	@Test
	void overlays() {
		assertThat(b()
			.overlay("b18b5179-b9f6-4fdc-9920-5539f938fc44", Dimensions.of("50p", "50p"),
					Position.of(OverlayOffset.CENTER), null)
			.preview()
			.build()
			.effects()).isEqualTo("overlay/b18b5179-b9f6-4fdc-9920-5539f938fc44/50px50p/center/-/preview/");
		assertThat(b()
			.overlay("efd02791-7511-42e9-850d-3b3d07f110ae", Dimensions.of("35p", "35p"), Position.at("10p", "10p"), 40)
			.overlay("b18b5179-b9f6-4fdc-9920-5539f938fc44", Dimensions.of("35p", "35p"), Position.at("70p", "5p"), 35)
			.preview()
			.build()
			.effects())
			.isEqualTo("overlay/efd02791-7511-42e9-850d-3b3d07f110ae/35px35p/10p,10p/40p/"
					+ "-/overlay/b18b5179-b9f6-4fdc-9920-5539f938fc44/35px35p/70p,5p/35p/-/preview/");
		assertThat(b().scaleCrop(440, 440, ScaleCropMode.CENTER)
			.blur(60)
			.gamma(50)
			.overlaySelf(Dimensions.of("100p", "100p"), Position.of(OverlayOffset.CENTER), null)
			.build()
			.effects()).isEqualTo("scale_crop/440x440/center/-/blur/60/-/gamma/50/-/overlay/self/100px100p/center/");
		assertThat(b().overlay("B18B5179-B9F6-4FDC-9920-5539F938FC44").build().effects())
			.isEqualTo("overlay/b18b5179-b9f6-4fdc-9920-5539f938fc44/");
		assertThat(b().textBox(TextBoxMode.LINE, "000", 10)
			.textBox(TextBoxMode.NONE)
			.font(null, "fff")
			.font(12, null)
			.build()
			.effects()).isEqualTo("text_box/line/000/10/-/text_box/none/-/font/fff/-/font/12/");
	}

	@Test
	void orientation() {
		assertThat(b().preview().autorotate(false).autorotate(true).build().effects())
			.isEqualTo("preview/-/autorotate/no/-/autorotate/yes/");
		assertThat(b().preview().rotate(270).build().effects()).isEqualTo("preview/-/rotate/270/");
		assertThat(b().preview().flip().mirror().build().effects()).isEqualTo("preview/-/flip/-/mirror/");
	}

	@Test
	void textEscaping() {
		assertThat(CdnSyntax.escapeText("Up~load\nca/re 👍")).isEqualTo("Up~~load~nca~sre%20%F0%9F%91%8D");
		assertThat(CdnSyntax.escapeText("a-b_c.d~e%f+g")).isEqualTo("a-b_c.d~~e%25f%2Bg");
		assertThat(CdnSyntax.escapeText("-")).isEqualTo("%2D");
	}

	@Test
	void parseNormalisesEffects() {
		ImageTransformation expected = ImageTransformation.of(List.of("resize/10x", "flip"));
		assertThat(ImageTransformation.parse("resize/10x/-/flip/")).isEqualTo(expected);
		assertThat(ImageTransformation.parse("-/resize/10x/-/flip/")).isEqualTo(expected);
		assertThat(ImageTransformation.parse("/-/resize/10x/-/flip")).isEqualTo(expected);
		assertThat(ImageTransformation.parse("effect/flip/").operations()).containsExactly("effect/flip");
		assertThat(ImageTransformation.parse("")).isEqualTo(ImageTransformation.empty());
		assertThat(ImageTransformation.parse(null).effects()).isEmpty();
		assertThat(ImageTransformation.parse("-/").isEmpty()).isTrue();
		assertThat(b().preview().build().then(expected).toBuilder().mirror().build().effects())
			.isEqualTo("preview/-/resize/10x/-/flip/-/mirror/");
		assertThat(b().operation("/json/").build().effects()).isEqualTo("json/");
		assertThat(ImageTransformation.empty().path("52da3bfc-7cd8-4861-8b05-126fef7a6994"))
			.isEqualTo("52da3bfc-7cd8-4861-8b05-126fef7a6994/");
	}

	@Test
	void directiveOnlyFirstInPath() {
		ImageTransformation t = ImageTransformation.parse("preview/-/gif2video");
		assertThat(t.path("52da3bfc-7cd8-4861-8b05-126fef7a6994"))
			.isEqualTo("52da3bfc-7cd8-4861-8b05-126fef7a6994/-/preview/-/gif2video/");
		assertThatThrownBy(() -> b().preview().gif2video()).hasMessageContaining("gif2video");
		assertThatThrownBy(() -> b().flip().detectFaces()).hasMessageContaining("detect_faces");
	}

	@Test
	void invalidValuesNameTheValue() {
		assertThatThrownBy(() -> b().zoomObjects(0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("0");
		assertThatThrownBy(() -> b().zoomObjects(101)).hasMessageContaining("101");
		assertThatThrownBy(() -> b().enhance(-1)).hasMessageContaining("-1");
		assertThatThrownBy(() -> b().enhance(101)).hasMessageContaining("101");
		assertThatThrownBy(() -> b().brightness(101)).hasMessageContaining("brightness").hasMessageContaining("101");
		assertThatThrownBy(() -> b().gamma(-1)).hasMessageContaining("-1");
		assertThatThrownBy(() -> b().filter(ImageFilter.ADARIS, 201)).hasMessageContaining("201");
		assertThatThrownBy(() -> b().blur(5001)).hasMessageContaining("5001");
		assertThatThrownBy(() -> b().blur(10, 101)).hasMessageContaining("101");
		assertThatThrownBy(() -> b().sharp(21)).hasMessageContaining("21");
		assertThatThrownBy(() -> b().resize(null, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> b().resize(-5, null)).hasMessageContaining("-5");
		assertThatThrownBy(() -> b().preview(0, 10)).hasMessageContaining("0");
		assertThatThrownBy(() -> b().setfill("#fff")).hasMessageContaining("#fff");
		assertThatThrownBy(() -> b().setfill("ggg")).hasMessageContaining("ggg");
		assertThatThrownBy(() -> b().rect("12345", Dimensions.of(1, 1), Position.at(1, 1)))
			.hasMessageContaining("12345");
		assertThatThrownBy(() -> Dimensions.of("50px", "1")).hasMessageContaining("50px");
		assertThatThrownBy(() -> Position.at("-1", "1")).hasMessageContaining("-1");
		assertThatThrownBy(() -> b().borderRadius("1", "2", "3", "4", "5"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> b().borderRadius("1x")).hasMessageContaining("1x");
		assertThatThrownBy(() -> b().rotate(45)).hasMessageContaining("45");
		assertThatThrownBy(() -> b().overlay("not-a-uuid")).hasMessageContaining("not-a-uuid");
		assertThatThrownBy(() -> b().overlay("b18b5179-b9f6-4fdc-9920-5539f938fc44", null, null, 101))
			.hasMessageContaining("101");
		assertThatThrownBy(() -> b().scaleCrop(1, 1, 101, 0)).hasMessageContaining("101");
		assertThatThrownBy(() -> b().blurRegion(Dimensions.of(1, 1), Position.of(OverlayOffset.TOP)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> b().text("", Dimensions.of(1, 1), Position.at(1, 1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> b().font(null, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> b().font(0, null)).hasMessageContaining("0");
		assertThatThrownBy(() -> b().textBox(TextBoxMode.FIT, null, 5)).hasMessageContaining("5");
		assertThatThrownBy(() -> b().maxIccSize(-1)).hasMessageContaining("-1");
		assertThatThrownBy(() -> b().format((ImageFormat) null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> b().operation("a b")).hasMessageContaining("a b");
		assertThatThrownBy(() -> b().operation("a/-/b")).hasMessageContaining("a/-/b");
		assertThatThrownBy(() -> ImageTransformation.parse("resize//10x")).hasMessageContaining("resize//10x");
		assertThatThrownBy(() -> b().build().path("nope")).hasMessageContaining("nope");
	}

	@Test
	void immutable() {
		ImageTransformation.Builder builder = b().flip();
		ImageTransformation first = builder.build();
		builder.mirror();
		assertThat(first.effects()).isEqualTo("flip/");
		assertThatThrownBy(() -> first.operations().add("x")).isInstanceOf(UnsupportedOperationException.class);
	}

}
