package dev.ucare.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** All in-memory state: projects, files, groups, webhooks, jobs. */
final class State {

	final Map<String, Project> projects = new ConcurrentHashMap<>();

	final Map<String, FileRecord> files = new ConcurrentHashMap<>();

	final Map<String, EmulatedGroup> groups = new ConcurrentHashMap<>();

	final Map<String, Long> groupSequence = new ConcurrentHashMap<>();

	final Map<Long, WebhookRecord> webhooks = new ConcurrentHashMap<>();

	final Map<Long, Jobs.Conversion> conversions = new ConcurrentHashMap<>();

	final Map<String, Jobs.Addon> addonJobs = new ConcurrentHashMap<>();

	final Map<String, Jobs.FromUrl> fromUrlJobs = new ConcurrentHashMap<>();

	final Map<String, MultipartUpload> multipartUploads = new ConcurrentHashMap<>();

	final AtomicLong sequence = new AtomicLong();

	final AtomicLong tokens = new AtomicLong(22450000);

	final AtomicLong webhookIds = new AtomicLong(847000);

	final AtomicLong projectIds = new AtomicLong(159);

	Project addProject(String publicKey, String secretKey, boolean autostore) {
		Project project = new Project(projectIds.getAndIncrement(), publicKey, secretKey, "demo", autostore);
		projects.put(publicKey, project);
		return project;
	}

	static String newUuid() {
		return UUID.randomUUID().toString();
	}

	List<FileRecord> filesOf(String publicKey) {
		List<FileRecord> result = new ArrayList<>();
		for (FileRecord f : files.values()) {
			if (f.publicKey.equals(publicKey)) {
				result.add(f);
			}
		}
		result.sort(Comparator.comparing((FileRecord f) -> f.uploaded).thenComparingLong(f -> f.sequence));
		return result;
	}

	List<EmulatedGroup> groupsOf(String publicKey) {
		List<EmulatedGroup> result = new ArrayList<>();
		for (EmulatedGroup g : groups.values()) {
			if (g.publicKey().equals(publicKey)) {
				result.add(g);
			}
		}
		result.sort(Comparator.comparing(EmulatedGroup::datetimeCreated)
			.thenComparingLong(g -> groupSequence.getOrDefault(g.id(), 0L)));
		return result;
	}

	EmulatedGroup putGroup(EmulatedGroup group) {
		groupSequence.put(group.id(), sequence.incrementAndGet());
		groups.put(group.id(), group);
		return group;
	}

	void clear(BlobStore blobs) {
		files.values().forEach(f -> {
			Blob b = f.blob();
			if (b != null) {
				b.delete();
			}
		});
		files.clear();
		groups.clear();
		groupSequence.clear();
		webhooks.clear();
		conversions.clear();
		addonJobs.clear();
		fromUrlJobs.clear();
		multipartUploads.values().forEach(u -> blobs.releaseFile(u.path, u.size));
		multipartUploads.clear();
	}

	static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
