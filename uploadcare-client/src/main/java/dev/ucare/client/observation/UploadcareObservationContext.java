package dev.ucare.client.observation;

import io.micrometer.observation.Observation;

/**
 * What is known of one client operation, filled in by the client while it runs and read
 * by an {@link UploadcareObservationConvention}. Thread-safe: the parts of a multipart
 * upload report on their own threads.
 */
public class UploadcareObservationContext extends Observation.Context {

	private final String operation;

	private final String project;

	private volatile int status;

	private volatile String requestId;

	private volatile String fileUuid;

	private volatile String groupId;

	private volatile String jobId;

	private volatile int partNumber;

	/**
	 * @param operation the client method, {@code <service>.<method>}
	 * @param project the project's name (by default its public key)
	 */
	public UploadcareObservationContext(String operation, String project) {
		this.operation = operation;
		this.project = project;
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
	public String getRequestId() {
		return requestId;
	}

	public void setRequestId(String requestId) {
		this.requestId = requestId;
	}

	/** UUID of the file concerned, or {@code null}. */
	public String getFileUuid() {
		return fileUuid;
	}

	public void setFileUuid(String fileUuid) {
		this.fileUuid = fileUuid;
	}

	/** Id of the group concerned, or {@code null}. */
	public String getGroupId() {
		return groupId;
	}

	public void setGroupId(String groupId) {
		this.groupId = groupId;
	}

	/**
	 * Server-side job (conversion token, add-on request id, from-URL token), or
	 * {@code null}.
	 */
	public String getJobId() {
		return jobId;
	}

	public void setJobId(String jobId) {
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
