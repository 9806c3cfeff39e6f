package dev.ucare.client.testing;

/**
 * One recorded request/response pair.
 *
 * @param recording name of the recording it belongs to (file name without {@code .yaml})
 * @param index zero-based position in that recording
 * @param request the recorded request
 * @param response the recorded response
 */
public record Interaction(String recording, int index, RecordedRequest request, RecordedResponse response) {

	/**
	 * Human readable id used in failure messages, e.g.
	 * {@code test_upload_file.yaml#0 (POST https://...)}.
	 */
	public String describe() {
		return recording + ".yaml#" + index + " (" + request + ")";
	}

	@Override
	public String toString() {
		return describe();
	}
}
