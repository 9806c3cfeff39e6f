package dev.ucare.client.internal.conversion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

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
import dev.ucare.client.internal.Ids;
import dev.ucare.client.internal.Poller;
import dev.ucare.client.internal.RestRequest;
import dev.ucare.client.internal.RestTransport;

import tools.jackson.databind.JsonNode;

/** {@link ConversionOperations} over the REST API v0.7. Thread-safe. */
public final class RestConversionOperations implements ConversionOperations {

	private final RestTransport rest;

	private final FileOperations files;

	private final GroupOperations groups;

	private final WaitSettings defaultWait;

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
		this.defaultWait = Objects.requireNonNull(defaultWait, "defaultWait");
	}

	@Override
	public ConversionJob convert(String uuid, Transformation transformation, ConversionOptions options) {
		Objects.requireNonNull(transformation, "transformation");
		String path = transformation.path(Ids.uuid(uuid));
		return submit(path, request(transformation.kind(), List.of(path), options));
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

	@Override
	public FileInfo convertAndWait(String uuid, Transformation transformation, ConversionOptions options,
			WaitSettings wait) {
		ConversionJob job = convert(uuid, transformation, options);
		return await(transformation.kind(), job.token(), wait);
	}

	@Override
	public CompletableFuture<FileInfo> convertAsync(String uuid, Transformation transformation,
			ConversionOptions options) {
		return convertAsync(uuid, transformation, options, defaultWait);
	}

	@Override
	public CompletableFuture<FileInfo> convertAsync(String uuid, Transformation transformation,
			ConversionOptions options, WaitSettings wait) {
		Objects.requireNonNull(transformation, "transformation");
		Objects.requireNonNull(wait, "wait");
		String path = transformation.path(Ids.uuid(uuid));
		RestRequest request = request(transformation.kind(), List.of(path), options);
		return Poller.startThenPoll(() -> submit(path, request),
				job -> awaitAsync(transformation.kind(), job.token(), wait));
	}

	@Override
	public FileInfo await(ConversionKind kind, long token, WaitSettings wait) {
		return Poller.await(describe(kind, token), wait, () -> check(kind, token));
	}

	@Override
	public CompletableFuture<FileInfo> awaitAsync(ConversionKind kind, long token, WaitSettings wait) {
		return Poller.async(describe(kind, token), wait, () -> check(kind, token));
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
		return rest.send(request(ConversionKind.VIDEO, paths, options), ConversionResult.class);
	}

	@Override
	public ConversionResult convertDocuments(List<String> paths, ConversionOptions options) {
		return rest.send(request(ConversionKind.DOCUMENT, paths, options), ConversionResult.class);
	}

	/** The conversion request, validated before anything is sent. */
	private static RestRequest request(ConversionKind kind, List<String> paths, ConversionOptions options) {
		Objects.requireNonNull(options, "options");
		if (kind == ConversionKind.VIDEO && options.saveInGroup()) {
			throw new IllegalArgumentException("save_in_group applies to document conversion only, not to video");
		}
		if (paths == null || paths.isEmpty()) {
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

	private ConversionStatus statusOf(ConversionKind kind, long token) {
		return rest.send(RestRequest.get("/convert/" + kind.value() + "/status/" + token + "/"),
				ConversionStatus.class);
	}

	@Override
	public DocumentInfo documentInfo(String uuid) {
		return DocumentInfo.of(rest.send(RestRequest.get("/convert/document/" + Ids.uuid(uuid) + "/"), JsonNode.class));
	}

	@Override
	public Optional<GroupInfo> convertedDocumentGroup(String uuid, DocumentFormat format) {
		Objects.requireNonNull(format, "format");
		return documentInfo(uuid).convertedGroup(format).map(groups::get);
	}

}
