package dev.ucare.boot.autoconfigure.validation;

import java.util.List;

import dev.ucare.client.reference.FileReference;

import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;

/**
 * Wraps a data binder's validators: files that passed an
 * {@code @UploadcareFile(storeWhenValid = true)} check are stored once all validators ran
 * without any error on the bound object, and not at all otherwise. A file that cannot be
 * stored becomes a global error.
 */
final class StoreWhenValidValidator implements SmartValidator {

	static final String STORE_FAILED = "uploadcare.storeFailed";

	private final List<Validator> delegates;

	private final UploadcareFileChecker checker;

	StoreWhenValidValidator(List<Validator> delegates, UploadcareFileChecker checker) {
		this.delegates = List.copyOf(delegates);
		this.checker = checker;
	}

	@Override
	public boolean supports(Class<?> clazz) {
		return delegates.stream().anyMatch(v -> v.supports(clazz));
	}

	@Override
	public void validate(Object target, Errors errors) {
		validate(target, errors, new Object[0]);
	}

	@Override
	public void validate(Object target, Errors errors, Object... hints) {
		List<FileReference> pending = PendingStores.collect(() -> {
			for (Validator validator : delegates) {
				if (target != null && !validator.supports(target.getClass())) {
					continue;
				}
				if (validator instanceof SmartValidator smart && hints.length > 0) {
					smart.validate(target, errors, hints);
				}
				else {
					validator.validate(target, errors);
				}
			}
		});
		if (pending.isEmpty() || errors.hasErrors()) {
			return;
		}
		for (FileReference failed : checker.store(pending)) {
			errors.reject(STORE_FAILED, new Object[] { failed.uuid() },
					"The uploaded file could not be stored right now; please try again");
		}
	}

}
