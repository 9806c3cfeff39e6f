package dev.ucare.client.files;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Typed view of a file's {@code content_info}: its MIME type and, for images and videos,
 * what Uploadcare read from the content. Every field is nullable, as the server's are.
 *
 * @param mime detected MIME type
 * @param image image properties, or {@code null} for non-images
 * @param video video properties, or {@code null} for non-videos
 */
public record ContentInfo(Mime mime, Image image, Video video) {

	/**
	 * @param mime full MIME type, e.g. {@code image/jpeg}
	 * @param type top-level type, e.g. {@code image}
	 * @param subtype subtype, e.g. {@code jpeg}
	 */
	public record Mime(String mime, String type, String subtype) {
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
	public record Image(String colorMode, Integer orientation, String format, Boolean sequence, Integer height,
			Integer width, GeoLocation geoLocation, LocalDateTime datetimeOriginal, List<Integer> dpi) {
	}

	/**
	 * @param latitude degrees @param longitude degrees
	 */
	public record GeoLocation(Double latitude, Double longitude) {
	}

	/**
	 * @param duration milliseconds
	 * @param format container format
	 * @param bitrate kbit/s
	 * @param audio audio streams
	 * @param video video streams
	 */
	public record Video(Long duration, String format, Long bitrate, List<AudioStream> audio, List<VideoStream> video) {
	}

	/** One audio stream. */
	public record AudioStream(Long bitrate, String codec, Long sampleRate, Integer channels) {
	}

	/** One video stream. */
	public record VideoStream(Integer height, Integer width, Double frameRate, Long bitrate, String codec) {
	}
}
