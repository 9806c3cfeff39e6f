package dev.ucare.boot.autoconfigure.persistence;

import java.util.Map;

/** The files-on-entities scenarios on an embedded H2 database. */
class EntityFilesH2Tests extends EntityFilesScenarios {

	@Override
	Map<String, Object> database() {
		return Map.of("spring.datasource.url", "jdbc:h2:mem:entity-files;DB_CLOSE_DELAY=-1",
				"spring.datasource.username", "sa");
	}

}
