package dev.ucare.client.observation;

import dev.ucare.client.internal.Arguments;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What is known of one client operation, filled in by the client while it runs and read
 * by an {@link UploadcareObservationConvention}. Thread-safe: the parts of a multipart
 * upload report on their own threads.
 */
public class UploadcareObservationContext extends Observation.Context {

	private final String operation;

	private final String project;

	private volatile int status;

	private volatile @Nullable String requestId;

	private volatile @Nullable String fileUuid;

	private volatile @Nullable String groupId;

	private volatile @Nullable String jobId;

	private volatile int partNumber;

	/**
	 * @param operation the client method, {@code <service>.<method>}
	 * @param project the project's name (by default its public key)
	 */
	public UploadcareObservationContext(String operation, String project) {
		this.operation = Arguments.notNull(operation, "operation");
		this.project = Arguments.notNull(project, "project");
	}

	/** The client method, {@code <service>.<method>}, e.g. {@code files.get}. */
	public String getOperation() {
		return operation;
	}

	/** The project's name, by default its public key. */
	public String getProject() {
		return project;
	}

	/**
	 * HTTP status of the last answer (or of the failure); 0 when no answer came.
	 */
	public int getStatus() {
		return status;
	}

	public void setStatus(int status) {
		this.status = status;
	}

	/** {@code X-Uploadcare-Request-Id} of the last answer, or {@code null}. */
	public @Nullable String getRequestId() {
		return requestId;
	}

	public void setRequestId(@Nullable String requestId) {
		this.requestId = requestId;
	}

	/** UUID of the file concerned, or {@code null}. */
	public @Nullable String getFileUuid() {
		return fileUuid;
	}

	public void setFileUuid(@Nullable String fileUuid) {
		this.fileUuid = fileUuid;
	}

	/** Id of the group concerned, or {@code null}. */
	public @Nullable String getGroupId() {
		return groupId;
	}

	public void setGroupId(@Nullable String groupId) {
		this.groupId = groupId;
	}

	/**
	 * Server-side job (conversion token, add-on request id, from-URL token), or
	 * {@code null}.
	 */
	public @Nullable String getJobId() {
		return jobId;
	}

	public void setJobId(@Nullable String jobId) {
		this.jobId = jobId;
	}

	/** Number of the multipart part, from 1; 0 when not a part. */
	public int getPartNumber() {
		return partNumber;
	}

	public void setPartNumber(int partNumber) {
		this.partNumber = partNumber;
	}

}
