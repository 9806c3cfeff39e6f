package dev.ucare.client.conversion;

import dev.ucare.client.internal.Arguments;

/**
 * Target formats of document conversion; {@link #value()} is the name used in the path.
 */
public enum DocumentFormat {

	PDF("pdf"), DOC("doc"), DOCX("docx"), XLS("xls"), XLSX("xlsx"), ODT("odt"), ODS("ods"), RTF("rtf"), TXT("txt"),
	JPG("jpg"), ENHANCED_JPG("enhanced.jpg"), PNG("png"), BMP("bmp"), CSV("csv"), EPUB("epub"), HTML("html"), MD("md"),
	PPT("ppt"), PPTX("pptx"), SVG("svg"), TIFF("tiff");

	private final String value;

	DocumentFormat(String value) {
		this.value = value;
	}

	/** The wire name, e.g. {@code enhanced.jpg}. */
	public String value() {
		return value;
	}

	/** Whether the target is an image, for which {@code page} selects one page. */
	public boolean isImage() {
		return this == JPG || this == ENHANCED_JPG || this == PNG || this == BMP || this == SVG || this == TIFF;
	}

	/**
	 * The constant for a wire name such as {@code enhanced.jpg} (case-insensitive).
	 * @throws IllegalArgumentException naming the value when it is unknown
	 */
	public static DocumentFormat fromValue(String value) {
		Arguments.notNull(value, "value");
		for (DocumentFormat format : values()) {
			if (format.value.equalsIgnoreCase(value)) {
				return format;
			}
		}
		throw new IllegalArgumentException("Unknown document format: '" + value + "'");
	}

}
