package dev.ucare.sample.upload;

import java.nio.file.Path;
import java.util.List;

import dev.ucare.client.Store;

/** A background upload of one or several files, with live progress. */
public final class UploadJob {

	private final String id;

	private final Store store;

	private final List<Item> items;

	UploadJob(String id, Store store, List<Item> items) {
		this.id = id;
		this.store = store;
		this.items = List.copyOf(items);
	}

	public String id() {
		return id;
	}

	/** The store choice the files were uploaded with. */
	public Store store() {
		return store;
	}

	/** The store choice in words. */
	public String storeChoice() {
		return switch (store) {
			case AUTO -> "auto (the project's setting)";
			case TRUE -> "store permanently";
			case FALSE -> "don't store";
		};
	}

	public List<Item> items() {
		return items;
	}

	/** Whether every file finished, successfully or not. */
	public boolean finished() {
		return items.stream().allMatch(i -> i.state() != State.UPLOADING);
	}

	/** Overall progress, 0–100. */
	public int percent() {
		long total = items.stream().mapToLong(Item::total).sum();
		long done = items.stream().mapToLong(Item::done).sum();
		if (total <= 0) {
			return finished() ? 100 : 0;
		}
		return (int) Math.min(100, done * 100 / total);
	}

	/** A snapshot for the JSON progress endpoint. */
	public Progress progress() {
		return new Progress(id, percent(), finished(),
				items.stream()
					.map(i -> new Progress.File(i.filename(), i.done(), i.total(), i.state().name(), i.uuid(),
							i.stored(), i.error()))
					.toList());
	}

	public enum State {

		UPLOADING, DONE, FAILED

	}

	/**
	 * Progress of a job as the page polls it.
	 *
	 * @param id job id
	 * @param percent overall percentage
	 * @param finished whether every file is done or failed
	 * @param files per-file state
	 */
	public record Progress(String id, int percent, boolean finished, List<File> files) {

		/**
		 * Per-file progress; {@code uuid} and whether Uploadcare {@code stored} the file
		 * once uploaded, {@code error} when it failed.
		 */
		public record File(String filename, long done, long total, String state, String uuid, Boolean stored,
				String error) {
		}
	}

	/** One file of the job. */
	public static final class Item {

		private final String filename;

		private final Path temp;

		private volatile long done;

		private volatile long total;

		private volatile State state = State.UPLOADING;

		private volatile String uuid;

		private volatile Boolean stored;

		private volatile String error;

		Item(String filename, long size, Path temp) {
			this.filename = filename;
			this.total = size;
			this.temp = temp;
		}

		void progress(long done, long total) {
			this.done = done;
			if (total > 0) {
				this.total = total;
			}
		}

		void done(String uuid, boolean stored) {
			this.uuid = uuid;
			this.stored = stored;
			this.done = total;
			this.state = State.DONE;
		}

		void failed(String error) {
			this.error = error;
			this.state = State.FAILED;
		}

		Path temp() {
			return temp;
		}

		public String filename() {
			return filename;
		}

		public long done() {
			return done;
		}

		public long total() {
			return total;
		}

		public State state() {
			return state;
		}

		public String uuid() {
			return uuid;
		}

		/**
		 * Whether Uploadcare stored the uploaded file; {@code null} until it is uploaded.
		 */
		public Boolean stored() {
			return stored;
		}

		public String error() {
			return error;
		}

	}

}
