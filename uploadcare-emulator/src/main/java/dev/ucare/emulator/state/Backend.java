package dev.ucare.emulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.node.ObjectNode;

import dev.ucare.emulator.EmulatedGroup;
import dev.ucare.emulator.Project;
import dev.ucare.emulator.http.ApiError;
import dev.ucare.emulator.http.Times;

import org.jspecify.annotations.Nullable;

/**
 * Shared services of one emulator: settings, state, content store, base URLs, scheduler,
 * webhooks.
 */
public final class Backend {

	public final Settings settings;

	public final State state = new State();

	public final BlobStore blobs;

	public final ScheduledExecutorService scheduler;

	public final ExecutorService workers;

	public final FileEvents events;

	// the listeners' base URLs, known once they are bound (see bind)
	private volatile @Nullable String uploadBase;

	private volatile @Nullable String restBase;

	private volatile @Nullable String cdnBase;

	public Backend(Settings settings, ScheduledExecutorService scheduler, ExecutorService workers,
			java.util.function.Function<Backend, FileEvents> events) {
		this.settings = settings;
		this.blobs = new BlobStore(settings.memoryBudget(), settings.diskBudget());
		this.scheduler = scheduler;
		this.workers = workers;
		this.events = events.apply(this);
		for (Project p : settings.projects()) {
			state.projects.put(p.publicKey(), p);
		}
	}

	public Instant now() {
		return Times.micros(settings.clock().instant());
	}

	/** Records the listeners' base URLs once they are bound, before any request. */
	public void bind(String uploadBase, String restBase, String cdnBase) {
		this.uploadBase = uploadBase;
		this.restBase = restBase;
		this.cdnBase = cdnBase;
	}

	/** The Upload API's base URL, e.g. {@code http://127.0.0.1:PORT/}. */
	public String uploadBase() {
		return bound(uploadBase);
	}

	/** The REST API's base URL. */
	public String restBase() {
		return bound(restBase);
	}

	/** The CDN's base URL. */
	public String cdnBase() {
		return bound(cdnBase);
	}

	private static String bound(@Nullable String base) {
		if (base == null) {
			throw new IllegalStateException("The emulator's listeners are not bound yet");
		}
		return base;
	}

	/** The project of this key; {@code null} for an unknown key or {@code null}. */
	public @Nullable Project project(@Nullable String publicKey) {
		return publicKey == null ? null : state.projects.get(publicKey);
	}

	/** Looks a file up (applying unstored-file expiry); {@code null} when unknown. */
	public @Nullable FileRecord file(@Nullable String uuid) {
		FileRecord f = uuid == null ? null : state.files.get(uuid.toLowerCase());
		if (f != null) {
			f.expireIfDue(now(), settings.unstoredTtl());
		}
		return f;
	}

	/** Looks a file of the given project up, or throws 404. */
	public FileRecord fileOf(Project project, String uuid) {
		FileRecord f = file(uuid);
		if (f == null || !f.publicKey.equals(project.publicKey())) {
			throw ApiError.notFound();
		}
		return f;
	}

	/**
	 * The project of a key that a file or webhook belongs to: those only ever belong to
	 * known projects, and projects are never removed.
	 */
	public Project projectOf(String publicKey) {
		Project project = state.projects.get(publicKey);
		if (project == null) {
			throw new IllegalStateException("Unknown project " + publicKey);
		}
		return project;
	}

	public boolean shouldStore(Project project, @Nullable String store) {
		if (store == null || store.isEmpty() || "auto".equalsIgnoreCase(store)) {
			return project.autostoreEnabled();
		}
		return "1".equals(store) || "true".equalsIgnoreCase(store);
	}

	/**
	 * Creates a ready file from content, fires {@code file.uploaded} (and stores it when
	 * asked).
	 */
	public FileRecord addFile(Project project, @Nullable String uuid, @Nullable String filename, Blob content,
			@Nullable String declaredMime, boolean store, Map<String, String> metadata, ObjectNode initiator) {
		FileRecord f = newFile(project, uuid, filename, now());
		String mime = ContentSniffer.mimeType(content, filename, declaredMime);
		f.complete(content, mime, ContentSniffer.image(content, mime));
		metadata.forEach(f::putMetadata);
		if (store) {
			f.store(f.uploaded);
		}
		state.putFile(f);
		events.fire("file.uploaded", f, initiator, null);
		return f;
	}

	/** Registers a not-yet-ready file (conversion output) without firing events. */
	public FileRecord addPendingFile(Project project, @Nullable String uuid, @Nullable String filename) {
		FileRecord f = newFile(project, uuid, filename, now());
		state.putFile(f);
		return f;
	}

	public FileRecord newFile(Project project, @Nullable String uuid, @Nullable String filename, Instant uploaded) {
		return new FileRecord(uuid == null ? State.newUuid() : uuid, project.publicKey(),
				state.sequence.incrementAndGet(), uploaded, filename == null ? "" : filename);
	}

	public void store(FileRecord f) {
		if (f.isRemoved()) {
			return;
		}
		f.store(now());
		events.fire("file.stored", f, Initiators.api(), null);
	}

	public void delete(FileRecord f) {
		if (f.isRemoved()) {
			return;
		}
		f.remove(now());
		events.fire("file.deleted", f, Initiators.api(), null);
	}

	public EmulatedGroup createGroup(Project project, List<String> refs) {
		String id = State.newUuid() + "~" + refs.size();
		return state.putGroup(new EmulatedGroup(id, project.publicKey(), now(), List.copyOf(refs)));
	}

	/**
	 * Runs a background task (a job step, a fetch, a webhook attempt) on a worker thread
	 * after a delay. The scheduler's few threads only keep time: a task that blocks on
	 * the network (up to a webhook's or a fetch's timeout) never holds up the others.
	 * @throws java.util.concurrent.RejectedExecutionException once the emulator is closed
	 */
	public void schedule(Runnable task, long delayMillis) {
		if (delayMillis <= 0) {
			workers.execute(task);
		}
		else {
			scheduler.schedule(() -> workers.execute(task), delayMillis, TimeUnit.MILLISECONDS);
		}
	}

	public long jobDelayMillis() {
		return settings.jobDelay().toMillis();
	}

}
