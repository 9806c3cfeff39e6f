package dev.ucare.boot.autoconfigure.validation;

import java.util.List;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareException;
import dev.ucare.client.UploadcareNotFoundException;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.groups.GroupInfo;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * What {@link UploadcareFile} validation asks Uploadcare, through the client: file and
 * group info (the REST API with the secret key, else the Upload API), storing, and
 * deleting rejected files that are still unstored. Failures to reach Uploadcare are
 * answered as {@link Found#UNAVAILABLE}, never thrown.
 */
public class UploadcareFileChecker {

	private static final Log logger = LogFactory.getLog(UploadcareFileChecker.class);

	private final UploadcareClient client;

	/**
	 * @param client the application's client
	 */
	public UploadcareFileChecker(UploadcareClient client) {
		this.client = client;
	}

	/** Whether storing, deleting and virus-scan results are available (secret key). */
	public boolean canManageFiles() {
		return client.hasSecretKey();
	}

	/**
	 * The file's info.
	 * @param uuid the file
	 * @param withAppdata whether add-on results are needed (REST API only)
	 */
	public Lookup<FileInfo> file(String uuid, boolean withAppdata) {
		try {
			FileInfo info = client.hasSecretKey() ? client.files().get(uuid, withAppdata) : client.uploads().info(uuid);
			return info.removed() ? new Lookup<>(Found.MISSING, info) : new Lookup<>(Found.YES, info);
		}
		catch (UploadcareNotFoundException ex) {
			return new Lookup<>(Found.MISSING, null);
		}
		catch (UploadcareException ex) {
			logger
				.warn("Could not check Uploadcare file " + uuid + " (status " + ex.status() + "): " + ex.getMessage());
			return new Lookup<>(Found.UNAVAILABLE, null);
		}
	}

	/** The group's info. */
	public Lookup<GroupInfo> group(String groupId) {
		try {
			GroupInfo info = client.hasSecretKey() ? client.groups().get(groupId) : client.uploads().groupInfo(groupId);
			return new Lookup<>(Found.YES, info);
		}
		catch (UploadcareNotFoundException ex) {
			return new Lookup<>(Found.MISSING, null);
		}
		catch (UploadcareException ex) {
			logger.warn("Could not check Uploadcare group " + groupId + " (status " + ex.status() + "): "
					+ ex.getMessage());
			return new Lookup<>(Found.UNAVAILABLE, null);
		}
	}

	/**
	 * Stores the files.
	 * @return the UUIDs that could not be stored
	 */
	public List<String> store(List<String> uuids) {
		return uuids.stream().filter(uuid -> {
			try {
				client.files().store(uuid);
				return false;
			}
			catch (UploadcareException ex) {
				logger.warn("Could not store Uploadcare file " + uuid + " (status " + ex.status() + "): "
						+ ex.getMessage());
				return true;
			}
		}).toList();
	}

	/**
	 * Deletes a rejected file, but only when Uploadcare says, just before, that it is not
	 * stored: a stored file may be someone else's, and is never deleted.
	 * @return whether it was deleted
	 */
	public boolean deleteIfUnstored(String uuid) {
		try {
			FileInfo fresh = client.files().get(uuid);
			if (fresh.stored() || fresh.removed() || fresh.datetimeStored() != null) {
				return false;
			}
			client.files().delete(uuid);
			logger.info("Deleted rejected unstored Uploadcare upload " + uuid);
			return true;
		}
		catch (UploadcareException ex) {
			logger.warn("Could not delete rejected Uploadcare upload " + uuid + " (status " + ex.status() + "): "
					+ ex.getMessage());
			return false;
		}
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
