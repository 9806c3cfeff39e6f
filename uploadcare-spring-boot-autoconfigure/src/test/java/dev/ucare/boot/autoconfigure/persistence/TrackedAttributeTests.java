package dev.ucare.boot.autoconfigure.persistence;

import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** {@link TrackedAttribute#of}: which attributes the lifecycle follows. */
class TrackedAttributeTests {

	@Test
	void fieldsAndGettersOfTheClassAndItsSuperclasses() {
		assertThat(TrackedAttribute.of(Child.class, "Child", new String[] { "id", "avatar", "gallery", "url" }))
			.containsExactlyInAnyOrder(new TrackedAttribute("gallery", 2, true, true, false, "marketing"),
					new TrackedAttribute("url", 3, false, true, true, null),
					new TrackedAttribute("avatar", 1, true, false, false, null));
	}

	@Test
	void aNonPersistentAttributeIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> TrackedAttribute.of(Child.class, "Child", new String[] { "id", "gallery", "url" }))
			.withMessage("Child.avatar carries @UploadcareStore or @UploadcareDeleteOnRemove but is not a persistent "
					+ "attribute of the entity (attributes of embeddables and collections are not supported)");
	}

	@Test
	void twoProjectsAreRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> TrackedAttribute.of(TwoProjects.class, "TwoProjects", new String[] { "file" }))
			.withMessage("TwoProjects.file names two projects: 'a' in @UploadcareStore and 'b' in "
					+ "@UploadcareDeleteOnRemove");
	}

	@Test
	void unannotatedClassesHaveNone() {
		assertThat(TrackedAttribute.of(Object.class, "Object", new String[0])).isEmpty();
	}

	static class Parent {

		@UploadcareStore
		FileReference avatar;

	}

	static class Child extends Parent {

		@UploadcareStore
		@UploadcareDeleteOnRemove(onReplace = false, project = "marketing")
		GroupReference gallery;

		@UploadcareDeleteOnRemove
		public String getUrl() {
			return null;
		}

	}

	static class TwoProjects {

		@UploadcareStore(project = "a")
		@UploadcareDeleteOnRemove(project = "b")
		String file;

	}

}
