package dev.ucare.client.internal.addons;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import dev.ucare.client.UploadcareException;
import dev.ucare.client.WaitSettings;
import dev.ucare.client.addons.Addon;
import dev.ucare.client.addons.AddonConcurrentCallException;
import dev.ucare.client.addons.AddonFailedException;
import dev.ucare.client.addons.AddonJob;
import dev.ucare.client.addons.AddonOperations;
import dev.ucare.client.addons.AddonParams;
import dev.ucare.client.addons.AddonStatus;
import dev.ucare.client.internal.Arguments;
import dev.ucare.client.internal.Ids;
import dev.ucare.client.internal.Observations;
import dev.ucare.client.internal.Poller;
import dev.ucare.client.internal.QueryString;
import dev.ucare.client.internal.RestRequest;
import dev.ucare.client.internal.RestTransport;

import io.micrometer.observation.Observation;
import tools.jackson.databind.JsonNode;

/** {@link AddonOperations} over the REST API v0.7. Thread-safe. */
public final class RestAddonOperations implements AddonOperations {

	private final RestTransport rest;

	private final WaitSettings defaultWait;

	private final Observations observations;

	/**
	 * @param rest transport of the client
	 * @param defaultWait wait settings of the methods that take none
	 */
	public RestAddonOperations(RestTransport rest, WaitSettings defaultWait) {
		this.rest = rest;
		this.defaultWait = Arguments.notNull(defaultWait, "defaultWait");
		this.observations = rest.observations();
	}

	@Override
	public AddonJob execute(String uuid, AddonParams params) {
		Arguments.notNull(params, "params");
		return observations.observe("addons.execute", uuid, () -> submit(params.addon(), request(uuid, params)));
	}

	/**
	 * The execute request, validated before anything is sent; {@code params} is omitted
	 * when empty.
	 */
	private static RestRequest request(String uuid, AddonParams params) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("target", Ids.uuid(uuid));
		if (!params.params().isEmpty()) {
			body.put("params", params.params());
		}
		return RestRequest.post(path(params.addon())).json(body);
	}

	private AddonJob submit(Addon addon, RestRequest request) {
		JsonNode answer;
		try {
			answer = rest.send(request, JsonNode.class);
		}
		catch (UploadcareException ex) {
			if (ex.status() == 409) {
				throw new AddonConcurrentCallException(ex);
			}
			throw ex;
		}
		String requestId = answer.path("request_id").asString(null);
		if (requestId == null || requestId.isBlank()) {
			throw new UploadcareException(request.describe() + " returned no request_id");
		}
		return new AddonJob(addon, requestId);
	}

	/**
	 * Observed as {@code addons.status} (also each poll of a wait).
	 */
	@Override
	public AddonStatus status(Addon addon, String requestId) {
		Arguments.notNull(addon, "addon");
		Arguments.notNull(requestId, "requestId");
		return observations.observe(null, "addons.status", (context) -> context.setJobId(requestId),
				() -> statusOf(addon, requestId));
	}

	private AddonStatus statusOf(Addon addon, String requestId) {
		if (requestId.isBlank()) {
			throw new IllegalArgumentException("An add-on status needs the request id execute returned");
		}
		RestRequest request = RestRequest.get(path(addon) + "status/")
			.query(new QueryString().add("request_id", requestId));
		return rest.send(request, AddonStatus.class);
	}

	@Override
	public AddonStatus executeAndWait(String uuid, AddonParams params) {
		return executeAndWait(uuid, params, defaultWait);
	}

	/**
	 * Observed as {@code addons.executeAndWait}, with {@code addons.execute} and each
	 * status poll as children.
	 */
	@Override
	public AddonStatus executeAndWait(String uuid, AddonParams params, WaitSettings wait) {
		Arguments.notNull(params, "params");
		Arguments.notNull(wait, "wait");
		return observations.observe("addons.executeAndWait", uuid, () -> {
			AddonJob job = execute(uuid, params);
			observations.describe((context) -> context.setJobId(job.requestId()));
			return poll(job, wait);
		});
	}

	@Override
	public CompletableFuture<AddonStatus> executeAsync(String uuid, AddonParams params) {
		return executeAsync(uuid, params, defaultWait);
	}

	/**
	 * Observed as {@code addons.executeAndWait}, from this call until the future
	 * completes.
	 */
	@Override
	public CompletableFuture<AddonStatus> executeAsync(String uuid, AddonParams params, WaitSettings wait) {
		Arguments.notNull(params, "params");
		Arguments.notNull(wait, "wait");
		RestRequest request = request(uuid, params);
		Observation observation = observations.start("addons.executeAndWait", (context) -> context.setFileUuid(uuid));
		Supplier<AddonJob> start = Observations.scoped(observation, () -> {
			AddonJob job = observations.observe("addons.execute", uuid, () -> submit(params.addon(), request));
			observations.describe((context) -> context.setJobId(job.requestId()));
			return job;
		});
		return observations.stopWhenDone(observation,
				Poller.startThenPoll(start, job -> pollAsync(observation, job, wait)));
	}

	/** Observed as {@code addons.await}, with each status poll as a child. */
	@Override
	public AddonStatus await(AddonJob job, WaitSettings wait) {
		Arguments.notNull(job, "job");
		Arguments.notNull(wait, "wait");
		return observations.observe(null, "addons.await", (context) -> context.setJobId(job.requestId()),
				() -> poll(job, wait));
	}

	/** Observed as {@code addons.await}, from this call until the future completes. */
	@Override
	public CompletableFuture<AddonStatus> awaitAsync(AddonJob job, WaitSettings wait) {
		Arguments.notNull(job, "job");
		Arguments.notNull(wait, "wait");
		Observation observation = observations.start("addons.await", (context) -> context.setJobId(job.requestId()));
		return observations.stopWhenDone(observation, pollAsync(observation, job, wait));
	}

	private AddonStatus poll(AddonJob job, WaitSettings wait) {
		return Poller.await(describe(job), wait, () -> check(job));
	}

	private CompletableFuture<AddonStatus> pollAsync(Observation observation, AddonJob job, WaitSettings wait) {
		Supplier<Optional<AddonStatus>> check = Observations.scoped(observation, () -> check(job));
		return Poller.async(describe(job), wait, check::get);
	}

	/**
	 * One poll: the status once done, empty while in progress, an error once it failed.
	 */
	private Optional<AddonStatus> check(AddonJob job) {
		AddonStatus status = status(job);
		return switch (status.status()) {
			case DONE -> Optional.of(status);
			case IN_PROGRESS -> Optional.empty();
			case ERROR, UNKNOWN -> {
				JsonNode result = status.result();
				String detail = (result == null || result.isNull()) ? null
						: result.isString() ? result.asString() : result.toString();
				throw new AddonFailedException(describe(job) + " ended with status "
						+ status.status().name().toLowerCase(java.util.Locale.ROOT)
						+ (detail == null ? "" : ": " + detail), job, status.status(), detail);
			}
		};
	}

	private static String describe(AddonJob job) {
		return "Add-on " + job.addon().wireName() + " (request " + job.requestId() + ")";
	}

	private static String path(Addon addon) {
		return "/addons/" + addon.wireName() + "/execute/";
	}

}
