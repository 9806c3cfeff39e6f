package dev.ucare.boot.autoconfigure.uploader;

import java.util.Locale;

/** The File Uploader's ready-made layouts. */
public enum UploaderSolution {

	/** A button opening a modal dialog. */
	REGULAR,

	/** Embedded in the page. */
	INLINE,

	/** A small drop area. */
	MINIMAL;

	/** The custom element, e.g. {@code uc-file-uploader-regular}. */
	public String elementName() {
		return "uc-file-uploader-" + name().toLowerCase(Locale.ROOT);
	}

	/** The stylesheet's file name, e.g. {@code uc-file-uploader-regular.min.css}. */
	public String stylesheetName() {
		return elementName() + ".min.css";
	}

	/**
	 * The solution named {@code value}, in any case.
	 * @throws IllegalArgumentException naming the value and the choices
	 */
	public static UploaderSolution of(String value) {
		for (UploaderSolution solution : values()) {
			if (solution.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
				return solution;
			}
		}
		throw new IllegalArgumentException(
				"Unknown uploader solution '" + value + "': expected regular, inline or minimal");
	}

}
