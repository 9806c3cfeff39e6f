package dev.ucare.boot.autoconfigure.validation;

import java.util.List;
import java.util.Map;

import dev.ucare.boot.autoconfigure.projects.UnknownUploadcareProjectException;
import dev.ucare.boot.autoconfigure.projects.UploadcareClients;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareException;
import dev.ucare.client.UploadcareNotFoundException;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * What {@link UploadcareFile} validation asks Uploadcare, through the client of the
 * reference's project ({@link FileReference#project()}, {@link GroupReference#project()};
 * the default client when it names none): file and group info (the REST API with the
 * secret key, else the Upload API), storing, and deleting rejected files that are still
 * unstored. Failures to reach Uploadcare are answered as {@link Found#UNAVAILABLE}, never
 * thrown.
 */
public class UploadcareFileChecker {

	private static final Log logger = LogFactory.getLog(UploadcareFileChecker.class);

	private final UploadcareClients clients;

	/**
	 * A checker of the default project only.
	 * @param client the application's client
	 */
	public UploadcareFileChecker(UploadcareClient client) {
		this(UploadcareClients.of(client, Map.of()));
	}

	/**
	 * @param clients the application's clients by project
	 */
	public UploadcareFileChecker(UploadcareClients clients) {
		Assert.notNull(clients, "clients must not be null");
		this.clients = clients;
	}

	/**
	 * Whether a project is configured.
	 * @param project a project name, {@code null} for the default project
	 */
	public boolean knowsProject(@Nullable String project) {
		try {
			clients.get(project);
			return true;
		}
		catch (UnknownUploadcareProjectException ex) {
			return false;
		}
	}

	/**
	 * Whether storing, deleting and virus-scan results are available (secret key) in a
	 * project.
	 * @param project a project name, {@code null} for the default project
	 * @throws UnknownUploadcareProjectException when no such project is configured
	 */
	public boolean canManageFiles(@Nullable String project) {
		return clients.get(project).hasSecretKey();
	}

	/**
	 * The file's info, from its project.
	 * @param file the file
	 * @param withAppdata whether add-on results are needed (REST API only)
	 * @throws UnknownUploadcareProjectException when its project is not configured
	 */
	public Lookup<FileInfo> file(FileReference file, boolean withAppdata) {
		UploadcareClient client = clients.get(file.project());
		String uuid = file.uuid();
		try {
			FileInfo info = client.hasSecretKey() ? client.files().get(uuid, withAppdata) : client.uploads().info(uuid);
			return info.removed() ? new Lookup<>(Found.MISSING, info) : new Lookup<>(Found.YES, info);
		}
		catch (UploadcareNotFoundException ex) {
			return new Lookup<>(Found.MISSING, null);
		}
		catch (UploadcareException ex) {
			logger.warn("Could not check Uploadcare file " + describe(file.project(), uuid) + " (status " + ex.status()
					+ "): " + ex.getMessage());
			return new Lookup<>(Found.UNAVAILABLE, null);
		}
	}

	/**
	 * The group's info, from its project.
	 * @param group the group
	 * @throws UnknownUploadcareProjectException when its project is not configured
	 */
	public Lookup<GroupInfo> group(GroupReference group) {
		UploadcareClient client = clients.get(group.project());
		String groupId = group.id();
		try {
			GroupInfo info = client.hasSecretKey() ? client.groups().get(groupId) : client.uploads().groupInfo(groupId);
			return new Lookup<>(Found.YES, info);
		}
		catch (UploadcareNotFoundException ex) {
			return new Lookup<>(Found.MISSING, null);
		}
		catch (UploadcareException ex) {
			logger.warn("Could not check Uploadcare group " + describe(group.project(), groupId) + " (status "
					+ ex.status() + "): " + ex.getMessage());
			return new Lookup<>(Found.UNAVAILABLE, null);
		}
	}

	/**
	 * Stores the files, each in its project.
	 * @param files the files
	 * @return the files that could not be stored
	 * @throws UnknownUploadcareProjectException when a project is not configured
	 */
	public List<FileReference> store(List<FileReference> files) {
		return files.stream().filter((file) -> {
			try {
				clients.get(file.project()).files().store(file.uuid());
				return false;
			}
			catch (UploadcareException ex) {
				logger.warn("Could not store Uploadcare file " + describe(file.project(), file.uuid()) + " (status "
						+ ex.status() + "): " + ex.getMessage());
				return true;
			}
		}).toList();
	}

	/**
	 * Deletes a rejected file, but only when Uploadcare says, just before, that it is not
	 * stored: a stored file may be someone else's, and is never deleted.
	 * @param file the file, in its project
	 * @return whether it was deleted
	 * @throws UnknownUploadcareProjectException when its project is not configured
	 */
	public boolean deleteIfUnstored(FileReference file) {
		UploadcareClient client = clients.get(file.project());
		String uuid = file.uuid();
		try {
			FileInfo fresh = client.files().get(uuid);
			if (fresh.stored() || fresh.removed() || fresh.datetimeStored() != null) {
				return false;
			}
			client.files().delete(uuid);
			logger.info("Deleted rejected unstored Uploadcare upload " + describe(file.project(), uuid));
			return true;
		}
		catch (UploadcareException ex) {
			logger.warn("Could not delete rejected Uploadcare upload " + describe(file.project(), uuid) + " (status "
					+ ex.status() + "): " + ex.getMessage());
			return false;
		}
	}

	private static String describe(@Nullable String project, String id) {
		return (project != null) ? id + " of project '" + project + "'" : id;
	}

	/** Whether Uploadcare knows the thing looked up. */
	public enum Found {

		/** It exists. */
		YES,

		/** It does not exist or was deleted. */
		MISSING,

		/** Uploadcare could not be asked. */
		UNAVAILABLE

	}

	/**
	 * @param <T> the info's type
	 * @param found whether it was found
	 * @param info its info when found, else {@code null} (or the info of a deleted file)
	 */
	public record Lookup<T>(Found found, @Nullable T info) {
	}

}
