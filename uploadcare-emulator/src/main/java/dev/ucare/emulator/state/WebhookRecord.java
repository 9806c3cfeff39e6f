package dev.ucare.emulator.state;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A webhook subscription. Mutable; synchronized. */
public final class WebhookRecord {

	public final long id;

	public final String publicKey;

	public final Instant created;

	private Instant updated;

	private String targetUrl;

	private String event;

	private boolean active;

	private @Nullable String signingSecret;

	private String version;

	public WebhookRecord(long id, String publicKey, Instant created, String targetUrl, String event, boolean active,
			@Nullable String signingSecret, String version) {
		this.id = id;
		this.publicKey = publicKey;
		this.created = created;
		this.updated = created;
		this.targetUrl = targetUrl;
		this.event = event;
		this.active = active;
		this.signingSecret = signingSecret;
		this.version = version;
	}

	public synchronized Instant updated() {
		return updated;
	}

	public synchronized String targetUrl() {
		return targetUrl;
	}

	public synchronized String event() {
		return event;
	}

	public synchronized boolean active() {
		return active;
	}

	public synchronized @Nullable String signingSecret() {
		return signingSecret;
	}

	public synchronized String version() {
		return version;
	}

	public synchronized void update(@Nullable String targetUrl, @Nullable String event, @Nullable Boolean active,
			@Nullable String signingSecret, @Nullable String version, boolean secretGiven, Instant now) {
		if (targetUrl != null) {
			this.targetUrl = targetUrl;
		}
		if (event != null) {
			this.event = event;
		}
		if (active != null) {
			this.active = active;
		}
		if (secretGiven) {
			this.signingSecret = signingSecret;
		}
		if (version != null) {
			this.version = version;
		}
		this.updated = now;
	}

}
