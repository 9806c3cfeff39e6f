package dev.ucare.emulator.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Streaming {@code multipart/form-data} reader: part bodies go straight to a sink, never
 * fully buffered.
 */
public final class MultipartFormReader {

	/** Headers of one part. */
	public record PartHeaders(String name, @Nullable String filename, @Nullable String contentType) {
		public boolean isFile() {
			return filename != null;
		}
	}

	private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DISPOSITION_PARAM = Pattern
		.compile("(\\w+)(\\*?)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))");

	/** RFC 5987 {@code charset'language'percent-encoded}. */
	private static final Pattern EXTENDED_VALUE = Pattern.compile("([A-Za-z0-9!#$%&+^_`{}~-]+)'[^']*'(.*)");

	private final InputStream in;

	private final byte[] delimiter;

	private final byte[] buffer;

	private int start;

	private int end;

	private boolean eof;

	private boolean finished;

	public MultipartFormReader(InputStream in, @Nullable String contentType) {
		Matcher m = contentType == null ? null : BOUNDARY.matcher(contentType);
		if (m == null || !m.find()) {
			throw ApiError.postParsingFailed();
		}
		String boundary = m.group(1) != null ? m.group(1) : m.group(2);
		this.in = in;
		this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		this.buffer = new byte[Math.max(65536, delimiter.length * 4)];
		// pretend a CRLF precedes the first boundary
		buffer[0] = '\r';
		buffer[1] = '\n';
		end = 2;
	}

	public static boolean isMultipart(@Nullable String contentType) {
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
	}

	/** Advances to the next part; {@code null} when the closing boundary was read. */
	public @Nullable PartHeaders next() throws IOException {
		if (finished) {
			return null;
		}
		if (bodyPending) {
			skipTo(OutputStream.nullOutputStream());
		}
		// after the delimiter: "--" ends the body, CRLF starts a part
		ensure(2);
		if (end - start >= 2 && buffer[start] == '-' && buffer[start + 1] == '-') {
			finished = true;
			return null;
		}
		String headerBlock = readHeaderBlock();
		String name = null;
		String filename = null;
		String type = null;
		for (String line : headerBlock.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon < 0) {
				continue;
			}
			String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = line.substring(colon + 1).trim();
			if (header.equals("content-disposition")) {
				String extended = null;
				Matcher p = DISPOSITION_PARAM.matcher(value);
				while (p.find()) {
					String v = p.group(3) != null ? unescape(p.group(3)) : p.group(4);
					if (p.group(1).equalsIgnoreCase("name") && p.group(2).isEmpty()) {
						name = v;
					}
					else if (p.group(1).equalsIgnoreCase("filename") && p.group(2).isEmpty()) {
						filename = v;
					}
					else if (p.group(1).equalsIgnoreCase("filename")) {
						extended = decodeExtended(v);
					}
				}
				if (extended != null) {
					filename = extended;
				}
			}
			else if (header.equals("content-type")) {
				type = value;
			}
		}
		return new PartHeaders(name == null ? "" : name, filename, type);
	}

	/** Undoes backslash escapes of a quoted string ({@code \\"} → {@code "}). */
	private static String unescape(String quoted) {
		return quoted.replaceAll("\\\\(.)", "$1");
	}

	/**
	 * Decodes a {@code filename*} value ({@code UTF-8''na%C3%AFve.txt}), or returns
	 * {@code null} when it is malformed or in an unknown charset.
	 */
	private static @Nullable String decodeExtended(String value) {
		Matcher m = EXTENDED_VALUE.matcher(value);
		if (!m.matches()) {
			return null;
		}
		try {
			java.nio.charset.Charset charset = java.nio.charset.Charset.forName(m.group(1));
			return java.net.URLDecoder.decode(m.group(2).replace("+", "%2B"), charset);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** Copies the current part's body to {@code sink}. */
	public void readBody(OutputStream sink) throws IOException {
		skipTo(sink);
	}

	public String readBodyAsString() throws IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		readBody(out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private boolean bodyPending = true;

	private String readHeaderBlock() throws IOException {
		// skip CRLF after delimiter line (possibly with transport padding)
		int lineEnd = indexOf(new byte[] { '\r', '\n' }, start);
		while (lineEnd < 0) {
			if (!fill()) {
				throw ApiError.postParsingFailed();
			}
			lineEnd = indexOf(new byte[] { '\r', '\n' }, start);
		}
		start = lineEnd + 2;
		byte[] terminator = { '\r', '\n', '\r', '\n' };
		int headersEnd;
		if (end - start >= 2 && buffer[start] == '\r' && buffer[start + 1] == '\n') {
			start += 2;
			bodyPending = true;
			return "";
		}
		while ((headersEnd = indexOf(terminator, start)) < 0) {
			if (end - start >= buffer.length - 16 || !fill()) {
				throw ApiError.postParsingFailed();
			}
		}
		String headers = new String(buffer, start, headersEnd - start, StandardCharsets.UTF_8);
		start = headersEnd + 4;
		bodyPending = true;
		return headers;
	}

	/**
	 * Copies bytes up to the next delimiter into {@code sink} and consumes the delimiter.
	 */
	private void skipTo(OutputStream sink) throws IOException {
		bodyPending = false;
		while (true) {
			int at = indexOf(delimiter, start);
			if (at >= 0) {
				sink.write(buffer, start, at - start);
				start = at + delimiter.length;
				return;
			}
			int safe = Math.max(start, end - delimiter.length + 1);
			sink.write(buffer, start, safe - start);
			start = safe;
			if (!fill()) {
				throw ApiError.postParsingFailed();
			}
		}
	}

	private void ensure(int n) throws IOException {
		while (end - start < n && fill()) {
			// keep filling
		}
	}

	/** Compacts and reads more input; false at end of stream. */
	private boolean fill() throws IOException {
		if (eof) {
			return false;
		}
		if (start > 0) {
			System.arraycopy(buffer, start, buffer, 0, end - start);
			end -= start;
			start = 0;
		}
		if (end == buffer.length) {
			return false;
		}
		int n = in.read(buffer, end, buffer.length - end);
		if (n < 0) {
			eof = true;
			return false;
		}
		end += n;
		return true;
	}

	private int indexOf(byte[] pattern, int from) {
		outer: for (int i = from; i <= end - pattern.length; i++) {
			if (buffer[i] != pattern[0]) {
				continue;
			}
			for (int j = 1; j < pattern.length; j++) {
				if (buffer[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/**
	 * Reads a whole form of small fields, returning name → values in order (file parts
	 * are skipped).
	 */
	public static Map<String, List<String>> readSimpleFields(MultipartFormReader reader) throws IOException {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		PartHeaders part;
		while ((part = reader.next()) != null) {
			if (part.isFile()) {
				reader.readBody(OutputStream.nullOutputStream());
			}
			else {
				fields.computeIfAbsent(part.name(), k -> new ArrayList<>()).add(reader.readBodyAsString());
			}
		}
		return fields;
	}

}
