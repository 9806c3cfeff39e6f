package dev.ucare.benchmarks.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor: the JDK's {@link HttpClient} sending the same requests as the SDK, with no
 * SDK logic (answers picked apart with regular expressions, nothing mapped to objects).
 */
public final class Floor {

	private static final long PART = 5L * 1024 * 1024;

	private static final Pattern UUID_FIELD = Pattern.compile("\"uuid\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern BASE_ANSWER = Pattern.compile("\"[^\"]*\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	private static final Pattern PARTS = Pattern.compile("\"parts\"\\s*:\\s*\\[([^\\]]*)\\]");

	private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern RESULT = Pattern.compile("\"uuid\"");

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final URI upload;

	private final URI rest;

	private final String publicKey;

	private final String secretKey;

	private ExecutorService pool;

	public Floor(URI upload, URI rest, String publicKey, String secretKey) {
		this.upload = upload;
		this.rest = rest;
		this.publicKey = publicKey;
		this.secretKey = secretKey;
	}

	/** One page of {@code GET /files/?limit=...}; returns the number of files on it. */
	public int listPage(int limit) throws IOException, InterruptedException {
		String page = send(restGet(rest.resolve("files/?limit=" + limit)));
		int count = 0;
		Matcher files = RESULT.matcher(page);
		while (files.find()) {
			count++;
		}
		return count;
	}

	/** Every page of {@code GET /files/?limit=1000}; returns how many pages. */
	public int listAll() throws IOException, InterruptedException {
		URI url = rest.resolve("files/?limit=1000");
		int pages = 0;
		while (url != null) {
			String page = send(restGet(url));
			pages++;
			Matcher next = NEXT.matcher(page);
			url = next.find() ? URI.create(next.group(1)) : null;
		}
		return pages;
	}

	private HttpRequest restGet(URI url) {
		return HttpRequest.newBuilder(url)
			.header("Accept", "application/vnd.uploadcare-v0.7+json")
			.header("Authorization", "Uploadcare.Simple " + publicKey + ":" + secretKey)
			.GET()
			.build();
	}

	/** {@code POST /base/} of {@code file} streamed as multipart/form-data; the UUID. */
	public String direct(Path file) throws IOException, InterruptedException {
		String boundary = "uc" + UUID.randomUUID().toString().replace("-", "");
		String filename = file.getFileName().toString();
		String head = field(boundary, "UPLOADCARE_PUB_KEY", publicKey) + field(boundary, "UPLOADCARE_STORE", "auto")
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + filename + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		String answer = send(HttpRequest.newBuilder(upload.resolve("base/"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(
					HttpRequest.BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
					HttpRequest.BodyPublishers.ofFile(file),
					HttpRequest.BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8))))
			.build());
		return first(BASE_ANSWER, answer);
	}

	/** {@code GET /info/} of an uploaded file; the answer. */
	public String info(String uuid) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(upload.resolve("info/?pub_key=" + publicKey + "&file_id=" + uuid))
			.GET()
			.build());
	}

	/**
	 * A multipart upload of {@code file}: start, 5 MiB parts {@code concurrency} at a
	 * time, complete.
	 */
	public void multipart(Path file, int concurrency) throws Exception {
		if (pool == null) {
			pool = Executors.newCachedThreadPool(task -> {
				Thread thread = new Thread(task);
				thread.setDaemon(true);
				return thread;
			});
		}
		long size = Files.size(file);
		String start = send(HttpRequest.newBuilder(upload.resolve("multipart/start/"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form("filename", file.getFileName().toString(), "size",
					Long.toString(size), "content_type", "application/octet-stream", "part_size", Long.toString(PART),
					"UPLOADCARE_PUB_KEY", publicKey, "UPLOADCARE_STORE", "auto")))
			.build());
		String uuid = first(UUID_FIELD, start);
		Matcher parts = PARTS.matcher(start);
		if (!parts.find()) {
			throw new IllegalStateException("no parts in " + start);
		}
		String[] urls = parts.group(1).replace("\"", "").split(",");
		Semaphore permits = new Semaphore(concurrency);
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < urls.length; i++) {
			permits.acquire();
			long offset = i * PART;
			long length = Math.min(PART, size - offset);
			URI url = URI.create(urls[i].trim());
			futures.add(pool.submit(() -> {
				try {
					send(HttpRequest.newBuilder(url)
						.header("Content-Type", "application/octet-stream")
						.PUT(HttpRequest.BodyPublishers.fromPublisher(
								HttpRequest.BodyPublishers.ofInputStream(() -> range(file, offset, length)), length))
						.build());
					return null;
				}
				finally {
					permits.release();
				}
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		send(HttpRequest.newBuilder(upload.resolve("multipart/complete/"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form("uuid", uuid, "UPLOADCARE_PUB_KEY", publicKey)))
			.build());
	}

	private String send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 400) {
			throw new IOException(request.uri() + " -> " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private static String field(String boundary, String name, String value) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	private static InputStream range(Path file, long offset, long length) {
		try {
			FileChannel channel = FileChannel.open(file, StandardOpenOption.READ).position(offset);
			InputStream in = Channels.newInputStream(channel);
			return new InputStream() {
				private long left = length;

				@Override
				public int read() throws IOException {
					byte[] one = new byte[1];
					return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					if (left <= 0) {
						return -1;
					}
					int n = in.read(b, off, (int) Math.min(len, left));
					left -= Math.max(n, 0);
					return n;
				}

				@Override
				public void close() throws IOException {
					in.close();
				}
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String form(String... pairs) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			out.append(i == 0 ? "" : "&")
				.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return out.toString();
	}

	private static String first(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException(pattern + " not in " + text);
		}
		return matcher.group(1);
	}

}
