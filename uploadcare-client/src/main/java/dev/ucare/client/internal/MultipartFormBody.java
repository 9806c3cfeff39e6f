package dev.ucare.client.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;

/**
 * A {@code multipart/form-data} body of text fields and one file part, written as a
 * stream: the file's bytes go from {@code file} straight to the connection, so memory
 * does not grow with the file. Its exact length is known up front and it can be written
 * again for a retry (as long as {@code file} can).
 */
public final class MultipartFormBody {

	private final String boundary = "uc" + UUID.randomUUID().toString().replace("-", "");

	private final byte[] head;

	private final byte[] tail;

	private final long fileLength;

	private final StreamingHttpOutputMessage.Body file;

	/**
	 * @param fields text fields, in order
	 * @param fileField form field name of the file part
	 * @param filename {@code filename} of the file part
	 * @param contentType content type of the file part
	 * @param fileLength exact number of bytes {@code file} writes
	 * @param file writes the file's bytes
	 */
	public MultipartFormBody(Map<String, String> fields, String fileField, String filename, String contentType,
			long fileLength, StreamingHttpOutputMessage.Body file) {
		StringBuilder text = new StringBuilder();
		new LinkedHashMap<>(fields).forEach((name, value) -> text.append("--")
			.append(boundary)
			.append("\r\n")
			.append("Content-Disposition: form-data; name=\"")
			.append(escape(name))
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n"));
		text.append("--")
			.append(boundary)
			.append("\r\n")
			.append("Content-Disposition: form-data; name=\"")
			.append(escape(fileField))
			.append("\"; filename=\"")
			.append(escape(filename))
			.append("\"\r\n")
			.append("Content-Type: ")
			.append(contentType)
			.append("\r\n\r\n");
		this.head = text.toString().getBytes(StandardCharsets.UTF_8);
		this.tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		this.fileLength = fileLength;
		this.file = file;
	}

	/** {@code multipart/form-data; boundary=...}. */
	public MediaType contentType() {
		return new MediaType("multipart", "form-data", Map.of("boundary", boundary));
	}

	/** Exact body length in bytes. */
	public long contentLength() {
		return head.length + fileLength + tail.length;
	}

	/** Writes the whole body. */
	public void writeTo(OutputStream out) throws IOException {
		out.write(head);
		file.writeTo(out);
		out.write(tail);
	}

	/**
	 * Quotes and line breaks cannot appear inside a quoted header value; encode them as
	 * browsers do.
	 */
	private static String escape(String value) {
		return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
	}

}
