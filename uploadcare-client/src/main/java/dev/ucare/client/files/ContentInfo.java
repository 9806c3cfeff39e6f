package dev.ucare.client.files;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Typed view of a file's {@code content_info}: its MIME type and, for images and videos,
 * what Uploadcare read from the content. Every field is nullable, as the server's are.
 *
 * @param mime detected MIME type
 * @param image image properties, or {@code null} for non-images
 * @param video video properties, or {@code null} for non-videos
 */
public record ContentInfo(@Nullable Mime mime, @Nullable Image image, @Nullable Video video) {

	/**
	 * @param mime full MIME type, e.g. {@code image/jpeg}
	 * @param type top-level type, e.g. {@code image}
	 * @param subtype subtype, e.g. {@code jpeg}
	 */
	public record Mime(@Nullable String mime, @Nullable String type, @Nullable String subtype) {
	}

	/**
	 * @param colorMode e.g. {@code RGB}, {@code RGBA}, {@code CMYK}
	 * @param orientation EXIF orientation 0–8
	 * @param format e.g. {@code JPEG}, {@code PNG}
	 * @param sequence whether the image has several frames
	 * @param height pixels
	 * @param width pixels
	 * @param geoLocation where the photo was taken
	 * @param datetimeOriginal EXIF capture time, which has no zone
	 * @param dpi horizontal and vertical resolution
	 */
	public record Image(@Nullable String colorMode, @Nullable Integer orientation, @Nullable String format,
			@Nullable Boolean sequence, @Nullable Integer height, @Nullable Integer width,
			@Nullable GeoLocation geoLocation, @Nullable LocalDateTime datetimeOriginal, @Nullable List<Integer> dpi) {
	}

	/**
	 * @param latitude degrees @param longitude degrees
	 */
	public record GeoLocation(@Nullable Double latitude, @Nullable Double longitude) {
	}

	/**
	 * @param duration milliseconds
	 * @param format container format
	 * @param bitrate kbit/s
	 * @param audio audio streams
	 * @param video video streams
	 */
	public record Video(@Nullable Long duration, @Nullable String format, @Nullable Long bitrate,
			@Nullable List<AudioStream> audio, @Nullable List<VideoStream> video) {
	}

	/** One audio stream. */
	public record AudioStream(@Nullable Long bitrate, @Nullable String codec, @Nullable Long sampleRate,
			@Nullable Integer channels) {
	}

	/** One video stream. */
	public record VideoStream(@Nullable Integer height, @Nullable Integer width, @Nullable Double frameRate,
			@Nullable Long bitrate, @Nullable String codec) {
	}
}
