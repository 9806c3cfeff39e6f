package dev.ucare.boot.autoconfigure.binding;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Installs the {@link ReferenceBindingErrorProcessor} on every Spring MVC data binder, so
 * that an invalid posted reference becomes a plain field error.
 */
@ControllerAdvice
public final class ReferenceBindingAdvice {

	@InitBinder
	void useReferenceErrors(WebDataBinder binder) {
		if (!(binder.getBindingErrorProcessor() instanceof ReferenceBindingErrorProcessor)) {
			binder.setBindingErrorProcessor(new ReferenceBindingErrorProcessor(binder.getBindingErrorProcessor()));
		}
	}

}
