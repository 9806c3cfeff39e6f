package dev.ucare.emulator.state;

import tools.jackson.databind.node.ObjectNode;

import org.jspecify.annotations.Nullable;

/** Mutable job states (conversion, add-on, from_url). */
public final class Jobs {

	private Jobs() {
	}

	/** A document or video conversion. */
	public static final class Conversion {

		public final long token;

		public final String publicKey;

		public final String kind;

		public final String resultUuid;

		public final @Nullable String thumbnailsGroupId;

		public volatile String status = "pending";

		public volatile @Nullable String error;

		public Conversion(long token, String publicKey, String kind, String resultUuid,
				@Nullable String thumbnailsGroupId) {
			this.token = token;
			this.publicKey = publicKey;
			this.kind = kind;
			this.resultUuid = resultUuid;
			this.thumbnailsGroupId = thumbnailsGroupId;
		}

	}

	/** An add-on execution. */
	public static final class Addon {

		public final String requestId;

		public final String publicKey;

		public final String addon;

		public final String target;

		public volatile String status = "in_progress";

		public volatile @Nullable ObjectNode result;

		public Addon(String requestId, String publicKey, String addon, String target) {
			this.requestId = requestId;
			this.publicKey = publicKey;
			this.addon = addon;
			this.target = target;
		}

	}

	/** A from_url fetch. */
	public static final class FromUrl {

		public final String token;

		public final String publicKey;

		public volatile String status = "waiting";

		public volatile long done;

		public volatile @Nullable Long total;

		public volatile @Nullable String fileUuid;

		public volatile @Nullable String error;

		public volatile @Nullable String errorCode;

		public FromUrl(String token, String publicKey) {
			this.token = token;
			this.publicKey = publicKey;
		}

	}

}
