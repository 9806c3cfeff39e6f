package dev.ucare.emulator;

/**
 * What the emulator learned about an image with {@code javax.imageio}.
 *
 * @param format e.g. {@code PNG}, {@code JPEG}
 * @param width pixels
 * @param height pixels
 * @param colorMode e.g. {@code RGB}, {@code RGBA}, {@code L}, {@code P}
 */
public record ImageInfo(String format, int width, int height, String colorMode) {
}
