package dev.ucare.emulator.rest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import javax.imageio.ImageIO;

import dev.ucare.emulator.state.Blob;

import org.jspecify.annotations.Nullable;

/**
 * Deterministic stand-ins for conversion and add-on outputs, derived from the input
 * bytes.
 */
public final class DerivedContent {

	public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

	private DerivedContent() {
	}

	/**
	 * Re-encodes an image into {@code format} (png, jpg, ...), or {@code null} when not
	 * possible.
	 */
	public static byte @Nullable [] reencodeImage(Blob source, String format) {
		String target = format.toLowerCase(Locale.ROOT).equals("jpg") ? "jpeg" : format.toLowerCase(Locale.ROOT);
		try (InputStream in = source.open()) {
			BufferedImage image = ImageIO.read(in);
			if (image == null) {
				return null;
			}
			if (target.equals("jpeg") || target.equals("bmp")) {
				BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
				Graphics2D g = rgb.createGraphics();
				g.drawImage(image, 0, 0, Color.WHITE, null);
				g.dispose();
				image = rgb;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			return ImageIO.write(image, target, out) ? out.toByteArray() : null;
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** A small solid-colour image whose colour derives from {@code seed}. */
	public static byte[] thumbnail(String seed, int index, String format) {
		int rgb = Arrays.hashCode((seed + index).getBytes(StandardCharsets.UTF_8)) & 0xFFFFFF;
		BufferedImage image = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(rgb));
		g.fillRect(0, 0, 64, 36);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format.equals("jpg") ? "jpeg" : format, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/**
	 * A labelled copy: a one-line header naming the emulated operation, then the source
	 * bytes.
	 */
	public static byte[] labelled(String operation, Blob source) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("uploadcare-emulator " + operation + "\n").getBytes(StandardCharsets.UTF_8));
		if (source.size() <= 16L * 1024 * 1024) {
			out.writeBytes(source.readAll());
		}
		return out.toByteArray();
	}

	/** Whether the content contains the EICAR anti-virus test string. */
	public static boolean containsEicar(Blob content) {
		byte[] needle = "EICAR-STANDARD-ANTIVIRUS-TEST-FILE".getBytes(StandardCharsets.US_ASCII);
		try (InputStream in = content.open()) {
			byte[] buffer = new byte[65536 + needle.length];
			int carry = 0;
			int n;
			while ((n = in.read(buffer, carry, buffer.length - carry)) > 0) {
				int len = carry + n;
				outer: for (int i = 0; i <= len - needle.length; i++) {
					for (int j = 0; j < needle.length; j++) {
						if (buffer[i + j] != needle[j]) {
							continue outer;
						}
					}
					return true;
				}
				carry = Math.min(needle.length - 1, len);
				System.arraycopy(buffer, len - carry, buffer, 0, carry);
			}
		}
		catch (IOException e) {
			return false;
		}
		return false;
	}

}
