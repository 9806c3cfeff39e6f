package dev.ucare.boot.autoconfigure.persistence;

import dev.ucare.client.reference.FileReference;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores {@link FileReference} attributes as text, in the format of
 * {@link ReferenceColumns}: the CDN URL (operations and filename included) plus the
 * project, if any. Applied to every {@code FileReference} attribute of the persistence
 * unit: the auto-configuration adds it to Spring Boot's managed types; with an entity
 * manager factory of your own, list this class (or its package) among the managed
 * classes, or put {@code @Convert(converter = FileReferenceConverter.class)} on the
 * attribute.
 */
@Converter(autoApply = true)
public class FileReferenceConverter implements AttributeConverter<FileReference, String> {

	@Override
	public String convertToDatabaseColumn(FileReference reference) {
		return ReferenceColumns.write(reference);
	}

	@Override
	public FileReference convertToEntityAttribute(String column) {
		return ReferenceColumns.readFile(column);
	}

}
