package dev.ucare.emulator.state;

import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

import dev.ucare.emulator.ImageInfo;

import org.jspecify.annotations.Nullable;

/** Guesses MIME types and reads image dimensions. */
public final class ContentSniffer {

	private static final long MAX_IMAGE_BYTES = 64L * 1024 * 1024;

	private ContentSniffer() {
	}

	public static String mimeType(Blob blob, @Nullable String filename, @Nullable String declared) {
		String magic = byMagic(head(blob));
		if (magic != null) {
			return magic;
		}
		if (declared != null && !declared.isBlank() && !declared.startsWith("application/octet-stream")) {
			int semicolon = declared.indexOf(';');
			// a handful of distinct values shared by many files
			return (semicolon < 0 ? declared : declared.substring(0, semicolon)).trim()
				.toLowerCase(Locale.ROOT)
				.intern();
		}
		String byName = filename == null ? null
				: URLConnection.guessContentTypeFromName(filename.toLowerCase(Locale.ROOT));
		return byName != null ? byName : "application/octet-stream";
	}

	private static byte[] head(Blob blob) {
		try (InputStream in = blob.open()) {
			return in.readNBytes(16);
		}
		catch (IOException e) {
			return new byte[0];
		}
	}

	private static @Nullable String byMagic(byte[] h) {
		if (startsWith(h, 0x89, 'P', 'N', 'G')) {
			return "image/png";
		}
		if (startsWith(h, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(h, 'G', 'I', 'F', '8')) {
			return "image/gif";
		}
		if (startsWith(h, 'B', 'M')) {
			return "image/bmp";
		}
		if (startsWith(h, '%', 'P', 'D', 'F')) {
			return "application/pdf";
		}
		return null;
	}

	private static boolean startsWith(byte[] data, int... prefix) {
		if (data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((data[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Reads the image header, or returns {@code null} when ImageIO cannot read it. */
	public static @Nullable ImageInfo image(Blob blob, String mimeType) {
		if (mimeType == null || !mimeType.startsWith("image/") || blob.size() > MAX_IMAGE_BYTES) {
			return null;
		}
		try (InputStream raw = blob.open(); ImageInputStream in = ImageIO.createImageInputStream(raw)) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				String format = reader.getFormatName().toUpperCase(Locale.ROOT);
				if ("JPG".equals(format)) {
					format = "JPEG";
				}
				String colorMode = colorMode(reader);
				return new ImageInfo(format, reader.getWidth(0), reader.getHeight(0), colorMode);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static String colorMode(ImageReader reader) throws IOException {
		Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
		if (types == null || !types.hasNext()) {
			return "RGB";
		}
		ColorModel model = types.next().getColorModel();
		if (model instanceof IndexColorModel) {
			return "P";
		}
		int components = model.getNumComponents();
		boolean alpha = model.hasAlpha();
		if (components <= 2) {
			return alpha ? "LA" : "L";
		}
		if (model.getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_CMYK) {
			return "CMYK";
		}
		return alpha ? "RGBA" : "RGB";
	}

}
