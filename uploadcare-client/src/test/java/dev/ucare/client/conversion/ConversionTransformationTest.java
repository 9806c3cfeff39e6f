package dev.ucare.client.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConversionTransformationTest {

	private static final String UUID = "a6efd840-076f-4227-9073-bbaef16cfe35";

	@Test
	void documentFormat() {
		Transformation t = DocumentTransformation.builder().format(DocumentFormat.PDF).build();
		assertThat(t.path(UUID)).isEqualTo("a6efd840-076f-4227-9073-bbaef16cfe35/document/-/format/pdf/");
		assertThat(t.kind()).isEqualTo(ConversionKind.DOCUMENT);
	}

	@Test
	void documentFormatAndPage() {
		assertThat(DocumentTransformation.builder().format(DocumentFormat.JPG).page(2).build().path(UUID))
			.isEqualTo(UUID + "/document/-/format/jpg/-/page/2/");
	}

	@Test
	void documentEnhancedJpgAndExtras() {
		assertThat(DocumentTransformation.builder()
			.page(1)
			.format(DocumentFormat.ENHANCED_JPG)
			.dpi(150)
			.quality(80)
			.build()
			.path(UUID)).isEqualTo(UUID + "/document/-/format/enhanced.jpg/-/page/1/-/dpi/150/-/quality/80/");
		assertThat(DocumentTransformation.builder().build().path(UUID)).isEqualTo(UUID + "/document/");
		assertThat(DocumentFormat.fromValue("enhanced.jpg")).isEqualTo(DocumentFormat.ENHANCED_JPG);
	}

	@Test
	void documentValidation() {
		assertThatThrownBy(() -> DocumentTransformation.builder().page(0)).hasMessageContaining("page")
			.hasMessageContaining("0");
		assertThatThrownBy(() -> DocumentTransformation.builder().format(null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DocumentTransformation.builder().build().path("nope")).hasMessageContaining("nope");
		assertThatThrownBy(() -> DocumentFormat.fromValue("gif")).hasMessageContaining("gif");
	}

	@Test
	void videoVector() {
		Transformation t = VideoTransformation.builder()
			.format(VideoFormat.MP4)
			.size(640, 480, ResizeMode.ADD_PADDING)
			.quality(VideoQuality.LIGHTER)
			.cut("2:30.535", "2:20.0")
			.thumbs(10)
			.build();
		assertThat(t.path(UUID)).isEqualTo(UUID
				+ "/video/-/format/mp4/-/size/640x480/add_padding/-/quality/lighter/-/cut/2:30.535/2:20.0/-/thumbs~10/");
		assertThat(t.kind()).isEqualTo(ConversionKind.VIDEO);
	}

	@Test
	void videoOrderIsCanonicalAndPartialSizes() {
		assertThat(VideoTransformation.builder().thumbs(1).size(null, 480).build().path(UUID))
			.isEqualTo(UUID + "/video/-/size/x480/-/thumbs~1/");
		assertThat(VideoTransformation.builder()
			.size(640, null, ResizeMode.SCALE_CROP)
			.cut("0:00:05", "end")
			.build()
			.path(UUID)).isEqualTo(UUID + "/video/-/size/640x/scale_crop/-/cut/0:00:05/end/");
		assertThat(VideoTransformation.builder().build().path(UUID)).isEqualTo(UUID + "/video/");
		assertThat(VideoTransformation.builder().format(VideoFormat.WEBM).build())
			.isEqualTo(VideoTransformation.builder().format(VideoFormat.WEBM).build());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2:30.535", "2:20.0", "0:00:05", "5", "12.5", "1:02:03.4", "100:59:59" })
	void acceptsTimes(String time) {
		assertThat(VideoTransformation.builder().cut(time, time).build().path(UUID))
			.contains("/cut/" + time + "/" + time + "/");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "1:5", "2:60", "-1", "1:2:3:4", "2:30.", "end " })
	void rejectsBadTimes(String time) {
		assertThatThrownBy(() -> VideoTransformation.builder().cut(time, "end"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'" + time + "'");
	}

	@Test
	void endIsOnlyALength() {
		assertThatThrownBy(() -> VideoTransformation.builder().cut("end", "end")).hasMessageContaining("'end'");
	}

	@Test
	void videoValidation() {
		assertThatThrownBy(() -> VideoTransformation.builder().thumbs(0)).hasMessageContaining("0");
		assertThatThrownBy(() -> VideoTransformation.builder().thumbs(51)).hasMessageContaining("51");
		assertThatThrownBy(() -> VideoTransformation.builder().size(-1, 480)).hasMessageContaining("-1");
		assertThatThrownBy(() -> VideoTransformation.builder().size(null, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> VideoTransformation.builder().quality(null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> VideoTransformation.builder().build().path(UUID + "~2")).hasMessageContaining("~2");
	}

}
