package dev.ucare.boot.autoconfigure.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.ucare.boot.autoconfigure.validation.UploadcareFileChecker.Found;
import dev.ucare.boot.autoconfigure.validation.UploadcareFileChecker.Lookup;
import dev.ucare.client.addons.Appdata;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import dev.ucare.client.reference.InvalidReferenceException;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.util.unit.DataSize;

/**
 * Checks {@link UploadcareFile} against the files' info, one Uploadcare call per file.
 * Created by Spring's constraint validator factory, which injects the
 * {@link UploadcareFileChecker}.
 */
public final class UploadcareFileValidator implements ConstraintValidator<UploadcareFile, Object> {

	static final String PREFIX = "{dev.ucare.validation.UploadcareFile.";

	private final UploadcareFileChecker checker;

	private @Nullable UploadcareFile constraint;

	private long maxBytes = -1;

	private List<MimeType> mimeTypes = List.of();

	/**
	 * @param checker asks Uploadcare
	 */
	public UploadcareFileValidator(UploadcareFileChecker checker) {
		Assert.notNull(checker, "checker must not be null");
		this.checker = checker;
	}

	@Override
	public void initialize(UploadcareFile annotation) {
		this.constraint = annotation;
		if (!annotation.maxSize().isBlank()) {
			try {
				maxBytes = DataSize.parse(annotation.maxSize().strip()).toBytes();
			}
			catch (IllegalArgumentException ex) {
				throw new ConstraintDeclarationException(
						"@UploadcareFile(maxSize = \"" + annotation.maxSize() + "\") is not a size such as \"5MB\"",
						ex);
			}
		}
		List<MimeType> types = new ArrayList<>();
		for (String type : annotation.mimeTypes()) {
			try {
				types.add(MimeTypeUtils.parseMimeType(type.strip()));
			}
			catch (IllegalArgumentException ex) {
				throw new ConstraintDeclarationException(
						"@UploadcareFile(mimeTypes) has an invalid MIME type: \"" + type + "\"", ex);
			}
		}
		mimeTypes = List.copyOf(types);
		if (managesFiles() && !checker.canManageFiles(null)) {
			throw needsSecretKey("uploadcare.secret-key");
		}
	}

	@Override
	public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		List<FileReference> toStore = new ArrayList<>();
		boolean valid;
		if (value instanceof Collection<?> values) {
			valid = true;
			int index = 0;
			for (Object element : values) {
				valid &= element == null || checkOne(element, "file " + (++index) + ": ", context, toStore);
			}
		}
		else if (value instanceof Object[] values) {
			valid = true;
			for (int i = 0; i < values.length; i++) {
				valid &= values[i] == null || checkOne(values[i], "file " + (i + 1) + ": ", context, toStore);
			}
		}
		else {
			valid = checkOne(value, "", context, toStore);
		}
		if (valid && constraint().storeWhenValid() && !toStore.isEmpty() && !PendingStores.add(toStore)) {
			List<FileReference> failed = checker.store(toStore);
			if (!failed.isEmpty()) {
				return violation(context, "storeFailed", "", Map.of());
			}
		}
		return valid;
	}

	/**
	 * Whether the constraint stores, deletes or reads virus scans: needs the secret key.
	 */
	private boolean managesFiles() {
		return constraint().storeWhenValid() || constraint().deleteRejected() || constraint().notInfected();
	}

	private boolean checkOne(Object value, String position, ConstraintValidatorContext context,
			List<FileReference> toStore) {
		if (value instanceof GroupReference group) {
			return checkProject(group.project(), position, context) && checkGroup(group, position, context, toStore);
		}
		FileReference file;
		if (value instanceof FileReference reference) {
			file = reference;
		}
		else if (value instanceof CharSequence text) {
			if (text.toString().isBlank()) {
				return true;
			}
			try {
				file = FileReference.parse(text.toString());
			}
			catch (InvalidReferenceException ex) {
				return violation(context, "invalid", position, Map.of("problem", ex.getMessage()));
			}
		}
		else {
			throw new ConstraintDeclarationException("@UploadcareFile applies to FileReference, GroupReference, "
					+ "CharSequence or collections of them, not " + value.getClass().getName());
		}
		return checkProject(file.project(), position, context)
				&& checkFile(FileReference.of(file.uuid()).withProject(file.project()), position, context, toStore);
	}

	/**
	 * A reference naming a project that is not configured is a violation; one whose
	 * project has no secret key while the constraint needs it, a declaration error.
	 */
	private boolean checkProject(@Nullable String project, String position, ConstraintValidatorContext context) {
		if (project == null) {
			return true;
		}
		if (!checker.knowsProject(project)) {
			return violation(context, "unknownProject", position, Map.of("project", project));
		}
		if (managesFiles() && !checker.canManageFiles(project)) {
			throw needsSecretKey("uploadcare.projects." + project + ".secret-key");
		}
		return true;
	}

	private static ConstraintDeclarationException needsSecretKey(String property) {
		return new ConstraintDeclarationException(
				"@UploadcareFile(storeWhenValid, deleteRejected, notInfected) need the project's secret key: set "
						+ property);
	}

	private boolean checkGroup(GroupReference group, String position, ConstraintValidatorContext context,
			List<FileReference> toStore) {
		Lookup<GroupInfo> lookup = checker.group(group);
		if (lookup.found() == Found.UNAVAILABLE) {
			return violation(context, "unavailable", position, Map.of());
		}
		GroupInfo found = lookup.info();
		if (lookup.found() == Found.MISSING || found == null) {
			return !constraint().mustExist() || violation(context, "groupNotFound", position, Map.of());
		}
		List<@Nullable FileInfo> files = found.files();
		boolean valid = true;
		for (int i = 0; i < files.size(); i++) {
			String where = position + "file " + (i + 1) + " of the group: ";
			FileInfo info = files.get(i);
			valid &= info == null ? !constraint().mustExist() || violation(context, "notFound", where, Map.of())
					: checkFile(FileReference.of(info.uuid()).withProject(group.project()), where, context, toStore);
		}
		return valid;
	}

	/**
	 * @param file a file of its project, without operations
	 */
	private boolean checkFile(FileReference file, String position, ConstraintValidatorContext context,
			List<FileReference> toStore) {
		Lookup<FileInfo> lookup = checker.file(file, constraint().notInfected());
		if (lookup.found() == Found.UNAVAILABLE) {
			return violation(context, "unavailable", position, Map.of());
		}
		FileInfo info = lookup.info();
		if (lookup.found() == Found.MISSING || info == null) {
			return !constraint().mustExist() || violation(context, "notFound", position, Map.of());
		}
		String declared = info.mimeType();
		String mimeType = (declared == null || declared.isBlank()) ? "unknown" : declared;
		boolean valid = true;
		if (maxBytes >= 0 && info.size() > maxBytes) {
			valid = violation(context, "tooLarge", position,
					Map.of("size", formatSize(info.size()), "maxSize", formatSize(maxBytes)));
		}
		if (constraint().imageOnly() && !Boolean.TRUE.equals(info.isImage())) {
			valid = violation(context, "notImage", position, Map.of("mimeType", mimeType));
		}
		if (!mimeTypes.isEmpty() && !matches(mimeType)) {
			valid = violation(context, "wrongType", position, Map.of("mimeType", mimeType, "mimeTypes",
					String.join(", ", mimeTypes.stream().map(MimeType::toString).toList())));
		}
		if (constraint().notInfected()) {
			var scan = Appdata.of(info.appdata()).clamAv();
			if (scan.isPresent() && scan.get().infected()) {
				String virus = Objects.requireNonNullElse(scan.get().infectedWith(), "unknown virus");
				valid = violation(context, "infected", position, Map.of("virus", virus));
			}
		}
		if (!valid && constraint().deleteRejected() && !info.stored()) {
			checker.deleteIfUnstored(file);
		}
		if (valid && constraint().storeWhenValid() && !info.stored()) {
			toStore.add(file);
		}
		return valid;
	}

	private UploadcareFile constraint() {
		UploadcareFile constraint = this.constraint;
		Assert.state(constraint != null, "initialize(UploadcareFile) was not called");
		return constraint;
	}

	private boolean matches(String mimeType) {
		MimeType actual;
		try {
			actual = MimeTypeUtils.parseMimeType(mimeType);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return mimeTypes.stream().anyMatch(allowed -> allowed.includes(actual));
	}

	private static boolean violation(ConstraintValidatorContext context, String key, String position,
			Map<String, String> parameters) {
		if (context instanceof HibernateConstraintValidatorContext hibernate) {
			hibernate.addMessageParameter("position", safe(position));
			parameters.forEach((name, value) -> hibernate.addMessageParameter(name, safe(value)));
		}
		context.buildConstraintViolationWithTemplate(PREFIX + key + "}").addConstraintViolation();
		return false;
	}

	/** Parameter values are user data: never let them reach expression evaluation. */
	static String safe(String value) {
		return value.replaceAll("[{}$#\\\\]", "_");
	}

	static String formatSize(long bytes) {
		if (bytes < 1024) {
			return bytes + " bytes";
		}
		String[] units = { "KB", "MB", "GB", "TB" };
		double size = bytes;
		int unit = -1;
		while (size >= 1024 && unit < units.length - 1) {
			size /= 1024;
			unit++;
		}
		String number = String.format(Locale.ROOT, "%.1f", size);
		return (number.endsWith(".0") ? number.substring(0, number.length() - 2) : number) + " " + units[unit];
	}

}
