package dev.ucare.boot.autoconfigure.persistence;

import dev.ucare.client.reference.GroupReference;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Stores {@link GroupReference} attributes as text, in the format of
 * {@link ReferenceColumns}: the group's CDN URL plus the project, if any. With Hibernate
 * it applies to every {@code GroupReference} attribute without {@code @Convert}
 * ({@link dev.ucare.boot.hibernate.ReferenceTypeContributor}); with another JPA provider,
 * put {@code @Convert(converter = GroupReferenceConverter.class)} on the attribute.
 */
@Converter
public class GroupReferenceConverter implements AttributeConverter<GroupReference, String> {

	@Override
	public @Nullable String convertToDatabaseColumn(@Nullable GroupReference reference) {
		return ReferenceColumns.write(reference);
	}

	@Override
	public @Nullable GroupReference convertToEntityAttribute(@Nullable String column) {
		return ReferenceColumns.readGroup(column);
	}

}
