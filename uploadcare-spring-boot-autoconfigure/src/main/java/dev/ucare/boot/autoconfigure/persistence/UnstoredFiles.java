package dev.ucare.boot.autoconfigure.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import dev.ucare.boot.autoconfigure.projects.UploadcareClients;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileQuery;

import org.jspecify.annotations.Nullable;

/**
 * Reconciliation: the files of a project that are still unstored after a given age.
 * Uploadcare deletes unstored files 24 hours after their upload, so an unstored file a
 * few hours old that an entity refers to is about to be lost: alert on them, store them,
 * or delete what no entity refers to.
 *
 * <pre>{@code
 * &#64;Scheduled(fixedDelay = 3_600_000)
 * void unstored() {
 *     List<FileInfo> old = unstoredFiles.olderThan(Duration.ofHours(6));
 *     if (!old.isEmpty()) alerts.raise(old.size() + " uploads not stored after 6 hours");
 * }
 * }</pre>
 *
 * Files are read oldest first, one page after another, and reading stops at the first
 * file younger than the age.
 */
public final class UnstoredFiles {

	private final UploadcareClients clients;

	private final Clock clock;

	/**
	 * @param clients the clients by project
	 * @param clock the time source
	 */
	public UnstoredFiles(UploadcareClients clients, Clock clock) {
		this.clients = clients;
		this.clock = clock;
	}

	/**
	 * The default project's unstored files uploaded more than {@code age} ago.
	 * @param age the age, e.g. 6 hours
	 * @return the files, oldest first
	 */
	public List<FileInfo> olderThan(Duration age) {
		return olderThan(UploadcareClients.DEFAULT_PROJECT, age);
	}

	/**
	 * A project's unstored files uploaded more than {@code age} ago.
	 * @param project a project name ({@code default} or {@code null} for the default)
	 * @param age the age, e.g. 6 hours
	 * @return the files, oldest first
	 */
	public List<FileInfo> olderThan(@Nullable String project, Duration age) {
		OffsetDateTime cutoff = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).minus(age);
		FileQuery query = FileQuery.builder().stored(false).ordering(FileQuery.Ordering.UPLOADED_ASC).build();
		try (Stream<FileInfo> files = clients.get(project).files().stream(query)) {
			return files
				.takeWhile((file) -> file.datetimeUploaded() != null && file.datetimeUploaded().isBefore(cutoff))
				.toList();
		}
	}

}
