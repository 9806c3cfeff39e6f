package dev.ucare.boot.autoconfigure.validation;

import java.util.List;

import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Wraps every Spring MVC data binder's validators in a {@link StoreWhenValidValidator},
 * so that {@code @UploadcareFile(storeWhenValid = true)} stores files only when the whole
 * {@code @Valid} object is valid. A controller's own {@code @InitBinder} that replaces
 * the validators afterwards turns this off for it (files are then stored as each passes).
 */
@ControllerAdvice
public final class StoreWhenValidAdvice {

	private final UploadcareFileChecker checker;

	/**
	 * @param checker stores the files
	 */
	public StoreWhenValidAdvice(UploadcareFileChecker checker) {
		this.checker = checker;
	}

	@InitBinder
	void wrapValidators(WebDataBinder binder) {
		List<Validator> validators = binder.getValidators();
		if (validators.isEmpty() || validators.stream().anyMatch(StoreWhenValidValidator.class::isInstance)) {
			return;
		}
		binder.replaceValidators(new StoreWhenValidValidator(validators, checker));
	}

}
