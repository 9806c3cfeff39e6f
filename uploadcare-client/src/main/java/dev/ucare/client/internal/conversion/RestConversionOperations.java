package dev.ucare.client.internal.conversion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import dev.ucare.client.Store;
import dev.ucare.client.UploadcareException;
import dev.ucare.client.UploadcareInvalidRequestException;
import dev.ucare.client.WaitSettings;
import dev.ucare.client.conversion.ConversionFailedException;
import dev.ucare.client.conversion.ConversionJob;
import dev.ucare.client.conversion.ConversionKind;
import dev.ucare.client.conversion.ConversionOperations;
import dev.ucare.client.conversion.ConversionOptions;
import dev.ucare.client.conversion.ConversionResult;
import dev.ucare.client.conversion.ConversionStatus;
import dev.ucare.client.conversion.DocumentFormat;
import dev.ucare.client.conversion.DocumentInfo;
import dev.ucare.client.conversion.Transformation;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.groups.GroupOperations;
import dev.ucare.client.internal.Arguments;
import dev.ucare.client.internal.Ids;
import dev.ucare.client.internal.Observations;
import dev.ucare.client.internal.Poller;
import dev.ucare.client.internal.RestRequest;
import dev.ucare.client.internal.RestTransport;

import io.micrometer.observation.Observation;
import tools.jackson.databind.JsonNode;

/** {@link ConversionOperations} over the REST API v0.7. Thread-safe. */
public final class RestConversionOperations implements ConversionOperations {

	private static final String VIDEO_STATUS = "/convert/video/status/{token}/";

	private static final String DOCUMENT_STATUS = "/convert/document/status/{token}/";

	private final RestTransport rest;

	private final FileOperations files;

	private final GroupOperations groups;

	private final WaitSettings defaultWait;

	private final Observations observations;

	/**
	 * @param rest transport of the client
	 * @param files used to fetch output files
	 * @param groups used to fetch converted page groups
	 * @param defaultWait wait settings of the methods that take none
	 */
	public RestConversionOperations(RestTransport rest, FileOperations files, GroupOperations groups,
			WaitSettings defaultWait) {
		this.rest = rest;
		this.files = files;
		this.groups = groups;
		this.defaultWait = Arguments.notNull(defaultWait, "defaultWait");
		this.observations = rest.observations();
	}

	@Override
	public ConversionJob convert(String uuid, Transformation transformation, ConversionOptions options) {
		Arguments.notNull(transformation, "transformation");
		Arguments.notNull(options, "options");
		return observations.observe("conversions.convert", uuid, () -> {
			String path = transformation.path(Ids.uuid(uuid));
			return submit(path, request(transformation.kind(), List.of(path), options));
		});
	}

	/** Sends a one-path conversion request; rejected paths become errors. */
	private ConversionJob submit(String path, RestRequest request) {
		ConversionResult answer = rest.send(request, ConversionResult.class);
		if (answer.hasProblems()) {
			String reason = answer.problems().getOrDefault(path, String.join("; ", answer.problems().values()));
			throw new UploadcareInvalidRequestException("Conversion of " + path + " was rejected: " + reason, 0, reason,
					null);
		}
		return answer.result()
			.stream()
			.filter(job -> path.equals(job.originalSource()))
			.findFirst()
			.or(() -> answer.result().stream().findFirst())
			.orElseThrow(
					() -> new UploadcareException("Conversion of " + path + " returned neither a job nor a problem"));
	}

	@Override
	public FileInfo convertAndWait(String uuid, Transformation transformation, ConversionOptions options) {
		return convertAndWait(uuid, transformation, options, defaultWait);
	}

	/**
	 * Observed as {@code conversions.convertAndWait}, with {@code conversions.convert},
	 * each status poll and the output's {@code files.get} as children.
	 */
	@Override
	public FileInfo convertAndWait(String uuid, Transformation transformation, ConversionOptions options,
			WaitSettings wait) {
		Arguments.notNull(transformation, "transformation");
		Arguments.notNull(options, "options");
		Arguments.notNull(wait, "wait");
		return observations.observe("conversions.convertAndWait", uuid, () -> {
			ConversionJob job = convert(uuid, transformation, options);
			observations.describe((context) -> context.setJobId(Long.toString(job.token())));
			return poll(transformation.kind(), job.token(), wait);
		});
	}

	@Override
	public CompletableFuture<FileInfo> convertAsync(String uuid, Transformation transformation,
			ConversionOptions options) {
		return convertAsync(uuid, transformation, options, defaultWait);
	}

	/**
	 * Observed as {@code conversions.convertAndWait}, from this call until the future
	 * completes.
	 */
	@Override
	public CompletableFuture<FileInfo> convertAsync(String uuid, Transformation transformation,
			ConversionOptions options, WaitSettings wait) {
		Arguments.notNull(transformation, "transformation");
		Arguments.notNull(options, "options");
		Arguments.notNull(wait, "wait");
		String path = transformation.path(Ids.uuid(uuid));
		RestRequest request = request(transformation.kind(), List.of(path), options);
		Observation observation = observations.start("conversions.convertAndWait",
				(context) -> context.setFileUuid(uuid));
		Supplier<ConversionJob> start = Observations.scoped(observation, () -> {
			ConversionJob job = observations.observe("conversions.convert", uuid, () -> submit(path, request));
			observations.describe((context) -> context.setJobId(Long.toString(job.token())));
			return job;
		});
		return observations.stopWhenDone(observation,
				Poller.startThenPoll(start, job -> pollAsync(observation, transformation.kind(), job.token(), wait)));
	}

	/** Observed as {@code conversions.await}, with each status poll as a child. */
	@Override
	public FileInfo await(ConversionKind kind, long token, WaitSettings wait) {
		Arguments.notNull(kind, "kind");
		Arguments.notNull(wait, "wait");
		return observations.observe(null, "conversions.await", (context) -> context.setJobId(Long.toString(token)),
				() -> poll(kind, token, wait));
	}

	/**
	 * Observed as {@code conversions.await}, from this call until the future completes.
	 */
	@Override
	public CompletableFuture<FileInfo> awaitAsync(ConversionKind kind, long token, WaitSettings wait) {
		Arguments.notNull(kind, "kind");
		Arguments.notNull(wait, "wait");
		Observation observation = observations.start("conversions.await",
				(context) -> context.setJobId(Long.toString(token)));
		return observations.stopWhenDone(observation, pollAsync(observation, kind, token, wait));
	}

	private FileInfo poll(ConversionKind kind, long token, WaitSettings wait) {
		return Poller.await(describe(kind, token), wait, () -> check(kind, token));
	}

	private CompletableFuture<FileInfo> pollAsync(Observation observation, ConversionKind kind, long token,
			WaitSettings wait) {
		Supplier<Optional<FileInfo>> check = Observations.scoped(observation, () -> check(kind, token));
		return Poller.async(describe(kind, token), wait, check::get);
	}

	private static String describe(ConversionKind kind, long token) {
		return kind.value().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + kind.value().substring(1)
				+ " conversion " + token;
	}

	/**
	 * One poll: the output file once finished, empty while running, an error once failed
	 * or cancelled.
	 */
	private Optional<FileInfo> check(ConversionKind kind, long token) {
		ConversionStatus status = status(kind, token);
		return switch (status.status()) {
			case FINISHED -> Optional.of(files.get(status.resultUuid()
				.orElseThrow(
						() -> new UploadcareException(describe(kind, token) + " finished without a result uuid"))));
			case FAILED,
					CANCELLED ->
				throw new ConversionFailedException(
						describe(kind, token) + " " + status.status().name().toLowerCase(java.util.Locale.ROOT)
								+ (status.error() == null ? "" : ": " + status.error()),
						token, status.status(), status.error());
			default -> Optional.empty();
		};
	}

	@Override
	public ConversionResult convertVideos(List<String> paths, ConversionOptions options) {
		return convertAll("conversions.convertVideos", ConversionKind.VIDEO, paths, options);
	}

	@Override
	public ConversionResult convertDocuments(List<String> paths, ConversionOptions options) {
		return convertAll("conversions.convertDocuments", ConversionKind.DOCUMENT, paths, options);
	}

	/**
	 * One request converting {@code paths} of one kind, observed as {@code operation}.
	 */
	private ConversionResult convertAll(String operation, ConversionKind kind, List<String> paths,
			ConversionOptions options) {
		Arguments.notNull(paths, "paths");
		Arguments.notNull(options, "options");
		return observations.observe(operation, () -> rest.send(request(kind, paths, options), ConversionResult.class));
	}

	/** The conversion request, validated before anything is sent. */
	private static RestRequest request(ConversionKind kind, List<String> paths, ConversionOptions options) {
		if (kind == ConversionKind.VIDEO && options.saveInGroup()) {
			throw new IllegalArgumentException("save_in_group applies to document conversion only, not to video");
		}
		if (paths.isEmpty()) {
			throw new IllegalArgumentException("The list of conversion paths is empty");
		}
		return RestRequest.post("/convert/" + kind.value() + "/").json(body(options, List.copyOf(paths)));
	}

	/**
	 * The request body for {@code paths}: {@code store} as
	 * {@code "true"}/{@code "false"}, omitted for {@link Store#AUTO};
	 * {@code save_in_group} {@code "1"} when set.
	 */
	static Map<String, Object> body(ConversionOptions options, List<String> paths) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("paths", paths);
		if (options.store() != Store.AUTO) {
			body.put("store", options.store() == Store.TRUE ? "true" : "false");
		}
		if (options.saveInGroup()) {
			body.put("save_in_group", "1");
		}
		return body;
	}

	@Override
	public ConversionStatus videoStatus(long token) {
		return statusOf(ConversionKind.VIDEO, token);
	}

	@Override
	public ConversionStatus documentStatus(long token) {
		return statusOf(ConversionKind.DOCUMENT, token);
	}

	/**
	 * One status request, observed as {@code conversions.videoStatus} or
	 * {@code conversions.documentStatus} (also each poll of a wait).
	 */
	private ConversionStatus statusOf(ConversionKind kind, long token) {
		boolean video = kind == ConversionKind.VIDEO;
		return observations.observe(null, video ? "conversions.videoStatus" : "conversions.documentStatus",
				(context) -> context.setJobId(Long.toString(token)), () -> rest
					.send(RestRequest.get(video ? VIDEO_STATUS : DOCUMENT_STATUS, token), ConversionStatus.class));
	}

	@Override
	public DocumentInfo documentInfo(String uuid) {
		return observations.observe("conversions.documentInfo", uuid, () -> DocumentInfo
			.of(rest.send(RestRequest.get("/convert/document/{uuid}/", Ids.uuid(uuid)), JsonNode.class)));
	}

	@Override
	public Optional<GroupInfo> convertedDocumentGroup(String uuid, DocumentFormat format) {
		Arguments.notNull(format, "format");
		return observations.observe("conversions.convertedDocumentGroup", uuid, () -> {
			return documentInfo(uuid).convertedGroup(format).map(groups::get);
		});
	}

}
