package dev.ucare.emulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.ucare.emulator.EmulatedGroup;
import dev.ucare.emulator.Project;

/** All in-memory state: projects, files, groups, webhooks, jobs. */
public final class State {

	public final Map<String, Project> projects = new ConcurrentHashMap<>();

	public final Map<String, FileRecord> files = new ConcurrentHashMap<>();

	public final Map<String, EmulatedGroup> groups = new ConcurrentHashMap<>();

	public final Map<String, Long> groupSequence = new ConcurrentHashMap<>();

	public final Map<Long, WebhookRecord> webhooks = new ConcurrentHashMap<>();

	public final Map<Long, Jobs.Conversion> conversions = new ConcurrentHashMap<>();

	public final Map<String, Jobs.Addon> addonJobs = new ConcurrentHashMap<>();

	public final Map<String, Jobs.FromUrl> fromUrlJobs = new ConcurrentHashMap<>();

	public final Map<String, MultipartUpload> multipartUploads = new ConcurrentHashMap<>();

	public final AtomicLong sequence = new AtomicLong();

	public final AtomicLong tokens = new AtomicLong(22450000);

	public final AtomicLong webhookIds = new AtomicLong(847000);

	public final AtomicLong projectIds = new AtomicLong(159);

	public Project addProject(String publicKey, String secretKey, boolean autostore) {
		Project project = new Project(projectIds.getAndIncrement(), publicKey, secretKey, "demo", autostore);
		projects.put(publicKey, project);
		return project;
	}

	public static String newUuid() {
		return UUID.randomUUID().toString();
	}

	/** Files of each project in list order (upload time, then arrival). */
	private final Map<String, ConcurrentSkipListMap<FileRecord, Boolean>> filesByProject = new ConcurrentHashMap<>();

	private static final Comparator<FileRecord> LIST_ORDER = Comparator.comparing((FileRecord f) -> f.uploaded)
		.thenComparingLong(f -> f.sequence);

	/** Adds a file to the state and to its project's list. */
	public void putFile(FileRecord f) {
		files.put(f.uuid, f);
		filesByProject.computeIfAbsent(f.publicKey, k -> new ConcurrentSkipListMap<>(LIST_ORDER)).put(f, Boolean.TRUE);
	}

	/**
	 * @return the files of a project in list order (upload time, then arrival), without
	 * sorting: the state keeps each project's files ordered
	 */
	public List<FileRecord> filesOf(String publicKey) {
		ConcurrentSkipListMap<FileRecord, Boolean> list = filesByProject.get(publicKey);
		return list == null ? new ArrayList<>() : new ArrayList<>(list.keySet());
	}

	public List<EmulatedGroup> groupsOf(String publicKey) {
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

	public EmulatedGroup putGroup(EmulatedGroup group) {
		groupSequence.put(group.id(), sequence.incrementAndGet());
		groups.put(group.id(), group);
		return group;
	}

	public void clear(BlobStore blobs) {
		files.values().forEach(f -> {
			Blob b = f.blob();
			if (b != null) {
				b.delete();
			}
		});
		files.clear();
		filesByProject.clear();
		groups.clear();
		groupSequence.clear();
		webhooks.clear();
		conversions.clear();
		addonJobs.clear();
		fromUrlJobs.clear();
		multipartUploads.values().forEach(u -> blobs.releaseFile(u.path, u.size));
		multipartUploads.clear();
	}

	public static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
