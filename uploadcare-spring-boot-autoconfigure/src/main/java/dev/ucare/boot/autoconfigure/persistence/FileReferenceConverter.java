package dev.ucare.boot.autoconfigure.persistence;

import dev.ucare.client.reference.FileReference;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Stores {@link FileReference} attributes as text, in the format of
 * {@link ReferenceColumns}: the CDN URL (operations and filename included) plus the
 * project, if any. With Hibernate it applies to every {@code FileReference} attribute
 * without {@code @Convert} ({@link dev.ucare.boot.hibernate.ReferenceTypeContributor});
 * with another JPA provider, put
 * {@code @Convert(converter = FileReferenceConverter.class)} on the attribute.
 */
@Converter
public class FileReferenceConverter implements AttributeConverter<FileReference, String> {

	@Override
	public @Nullable String convertToDatabaseColumn(@Nullable FileReference reference) {
		return ReferenceColumns.write(reference);
	}

	@Override
	public @Nullable FileReference convertToEntityAttribute(@Nullable String column) {
		return ReferenceColumns.readFile(column);
	}

}
