package dev.ucare.boot.autoconfigure.persistence;

import java.util.List;

import dev.ucare.client.reference.FileReference;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link TransactionFiles#plan()}: what one transaction's changes lead to. */
class TransactionFilesTests {

	private static final String A = "a0000000-0000-4000-8000-000000000001";

	private static final String B = "b0000000-0000-4000-8000-000000000002";

	private static final String C = "c0000000-0000-4000-8000-000000000003";

	private static final TrackedAttribute IMAGE = new TrackedAttribute("image", 0, true, true, true, null);

	private static final TrackedAttribute KEEP_ON_REPLACE = new TrackedAttribute("image", 0, true, true, false, null);

	private static final TrackedAttribute STORE_ONLY = new TrackedAttribute("thumbnail", 1, true, false, false, null);

	private final TransactionFiles files = new TransactionFiles();

	@Test
	void severalChangesOfOneAttributeCountOnce() {
		files.updated("Picture", 1L, IMAGE, file(A), file(B));
		files.updated("Picture", 1L, IMAGE, file(B), file(C));
		assertThat(plan()).containsExactly("STORE " + C + " Picture#1.image", "DELETE " + A + " Picture#1.image");
	}

	@Test
	void anEntityInsertedAndRemovedInOneTransactionLeavesNothingToDo() {
		files.inserted("Picture", 1L, IMAGE, file(A));
		files.deleted("Picture", 1L, IMAGE, file(A));
		assertThat(plan()).isEmpty();
	}

	@Test
	void aFileMovedToAnotherEntityIsStoredNotDeleted() {
		files.deleted("Picture", 1L, IMAGE, file(A));
		files.inserted("Picture", 2L, IMAGE, file(A));
		assertThat(plan()).containsExactly("STORE " + A + " Picture#2.image");
	}

	@Test
	void onReplaceFalseKeepsReplacedFilesButRemovalStillDeletes() {
		files.updated("Picture", 1L, KEEP_ON_REPLACE, file(A), file(B));
		files.updated("Picture", 2L, KEEP_ON_REPLACE, file(C), null);
		files.deleted("Picture", 3L, KEEP_ON_REPLACE, file(C).withProject("eu"));
		assertThat(plan()).containsExactly("STORE " + B + " Picture#1.image", "DELETE " + C + "@eu Picture#3.image");
	}

	@Test
	void storeOnlyAttributesNeverDelete() {
		files.updated("Picture", 1L, STORE_ONLY, file(A), file(B));
		files.deleted("Picture", 2L, STORE_ONLY, file(C));
		assertThat(plan()).containsExactly("STORE " + B + " Picture#1.thumbnail");
	}

	@Test
	void oneFileOfSeveralEntitiesIsOneTaskWithEveryOrigin() {
		files.inserted("Picture", 1L, IMAGE, file(A));
		files.inserted("Picture", 2L, IMAGE, A);
		List<FileTask> tasks = files.plan();
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).origins()).extracting(FileTask.Origin::toString)
			.containsExactly("Picture#1.image", "Picture#2.image");
	}

	@Test
	void onlyTheProjectAndTheFileMatterNotTheEffects() {
		files.updated("Picture", 1L, IMAGE, file(A), FileReference.parse(A + "/-/grayscale/"));
		files.updated("Picture", 2L, IMAGE, file(B), file(B).withProject("default"));
		assertThat(plan()).isEmpty();
	}

	@Test
	void anAttributesProjectAppliesToReferencesThatNameNone() {
		TrackedAttribute marketing = new TrackedAttribute("banner", 0, true, false, false, "marketing");
		files.inserted("Ad", 1L, marketing, A);
		files.inserted("Ad", 2L, marketing, file(B).withProject("eu"));
		assertThat(plan()).containsExactly("STORE " + A + "@marketing Ad#1.banner", "STORE " + B + "@eu Ad#2.banner");
	}

	@Test
	void valuesThatAreNotReferencesBecomeTasksThatWillFail() {
		files.inserted("Attachment", 1L, IMAGE, "just text");
		FileTask task = files.plan().get(0);
		assertThat(task.value().isValid()).isFalse();
		assertThat(task.value().invalid()).startsWith("is not an Uploadcare file or group reference: 'just text'");
	}

	private static FileReference file(String uuid) {
		return FileReference.of(uuid);
	}

	private List<String> plan() {
		return files.plan()
			.stream()
			.flatMap((task) -> task.origins()
				.stream()
				.map((origin) -> task.action() + " " + task.value().id()
						+ ((task.value().project() != null) ? "@" + task.value().project() : "") + " " + origin))
			.toList();
	}

}
