package dev.ucare.boot.autoconfigure.uploader;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds the resolved {@link UploaderConfig} to the model of every Spring MVC controller
 * under {@code uploadcare.uploader.model-attribute} ({@code uploadcareUploader}), for
 * template engines without the Thymeleaf dialect.
 */
@ControllerAdvice
public final class UploaderModelAttribute {

	private final String name;

	private final UploaderConfig config;

	/**
	 * @param name the model attribute's name
	 * @param config the resolved configuration
	 */
	public UploaderModelAttribute(String name, UploaderConfig config) {
		this.name = name;
		this.config = config;
	}

	@ModelAttribute
	void addUploaderConfig(Model model) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, config);
		}
	}

}
