package dev.ucare.emulator;

import tools.jackson.databind.node.ObjectNode;

/** Mutable job states (conversion, add-on, from_url). */
final class Jobs {

	private Jobs() {
	}

	/** A document or video conversion. */
	static final class Conversion {

		final long token;

		final String publicKey;

		final String kind;

		final String resultUuid;

		final String thumbnailsGroupId;

		volatile String status = "pending";

		volatile String error;

		Conversion(long token, String publicKey, String kind, String resultUuid, String thumbnailsGroupId) {
			this.token = token;
			this.publicKey = publicKey;
			this.kind = kind;
			this.resultUuid = resultUuid;
			this.thumbnailsGroupId = thumbnailsGroupId;
		}

	}

	/** An add-on execution. */
	static final class Addon {

		final String requestId;

		final String publicKey;

		final String addon;

		final String target;

		volatile String status = "in_progress";

		volatile ObjectNode result;

		Addon(String requestId, String publicKey, String addon, String target) {
			this.requestId = requestId;
			this.publicKey = publicKey;
			this.addon = addon;
			this.target = target;
		}

	}

	/** A from_url fetch. */
	static final class FromUrl {

		final String token;

		final String publicKey;

		volatile String status = "waiting";

		volatile long done;

		volatile Long total;

		volatile String fileUuid;

		volatile String error;

		volatile String errorCode;

		FromUrl(String token, String publicKey) {
			this.token = token;
			this.publicKey = publicKey;
		}

	}

}
