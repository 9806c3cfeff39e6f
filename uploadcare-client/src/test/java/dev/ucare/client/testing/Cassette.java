package dev.ucare.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.ucare.testsupport.Request;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A VCR cassette from {@code src/test/resources/recordings}: the interactions one test of
 * the Python SDK had with Uploadcare's real servers, in order. Both VCR layouts are read
 * (status under {@code status.code} or {@code status_code}, bodies as text,
 * {@code body.string}, {@code content} or {@code !!binary}).
 *
 * @param name file name without {@code .yaml}
 * @param interactions the interactions in recorded order
 */
public record Cassette(String name, List<Interaction> interactions) {

	public Cassette {
		interactions = List.copyOf(interactions);
	}

	/**
	 * Loads {@code recordings/<name>.yaml} from the test class path.
	 * @throws IllegalArgumentException when there is no such recording
	 */
	public static Cassette load(String name) {
		String resource = "recordings/" + name + ".yaml";
		try (InputStream in = Cassette.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No recording on the class path: " + resource);
			}
			return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	/** Every recording on the test class path, by name. */
	public static List<Cassette> loadAll() {
		return names().stream().map(Cassette::load).toList();
	}

	/** The names of the recordings on the test class path, sorted. */
	public static List<String> names() {
		try {
			URL folder = Cassette.class.getClassLoader().getResource("recordings");
			if (folder == null) {
				throw new IllegalStateException("No recordings folder on the class path");
			}
			try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
				return files.map((file) -> file.getFileName().toString())
					.filter((file) -> file.endsWith(".yaml"))
					.map((file) -> file.substring(0, file.length() - ".yaml".length()))
					.sorted()
					.toList();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the recordings", ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Reads cassette YAML, e.g. an interaction written inline by a test. */
	public static Cassette parse(String name, String yaml) {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(64 * 1024 * 1024);
		Object root = new Yaml(new SafeConstructor(options)).load(yaml);
		if (!(root instanceof Map<?, ?> map) || !(map.get("interactions") instanceof List<?> list)) {
			throw new IllegalArgumentException("Recording " + name + " has no 'interactions' list");
		}
		List<Interaction> interactions = new ArrayList<>();
		for (Object item : list) {
			Map<?, ?> request = (Map<?, ?>) ((Map<?, ?>) item).get("request");
			Map<?, ?> response = (Map<?, ?>) ((Map<?, ?>) item).get("response");
			Object status = response.containsKey("status_code") ? response.get("status_code")
					: ((Map<?, ?>) response.get("status")).get("code");
			interactions.add(new Interaction(name, interactions.size(),
					new Recorded(String.valueOf(request.get("method")).toUpperCase(Locale.ROOT),
							URI.create(String.valueOf(request.get("uri"))), headers(request.get("headers")),
							text(request.get("body"))),
					Integer.parseInt(String.valueOf(status).strip()), headers(response.get("headers")),
					text(response.containsKey("content") ? response.get("content") : response.get("body"))));
		}
		return new Cassette(name, interactions);
	}

	private static String text(Object body) {
		if (body instanceof Map<?, ?> map) {
			return text(map.get("string"));
		}
		if (body instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return body == null ? "" : String.valueOf(body);
	}

	private static Map<String, List<String>> headers(Object raw) {
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		if (raw instanceof Map<?, ?> map) {
			map.forEach((name, values) -> headers.put(String.valueOf(name), values instanceof List<?> list
					? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(values))));
		}
		return Collections.unmodifiableMap(headers);
	}

	/**
	 * One recorded exchange.
	 *
	 * @param recording the cassette's name
	 * @param index position in the cassette
	 * @param request what the Python SDK sent
	 * @param status the recorded response status
	 * @param headers the recorded response headers
	 * @param body the recorded response body (already decoded, whatever
	 * {@code Content-Encoding} says)
	 */
	public record Interaction(String recording, int index, Recorded request, int status,
			Map<String, List<String>> headers, String body) {

		/**
		 * E.g.
		 * {@code test_upload_file.yaml#0 (POST https://upload.uploadcare.com/base/)}.
		 */
		public String describe() {
			return recording + ".yaml#" + index + " (" + request.method() + " " + request.uri() + ")";
		}

	}

	/**
	 * A recorded request.
	 *
	 * @param method upper-case method
	 * @param uri the absolute URI as recorded
	 * @param headers recorded headers (credentials were filtered out when recording)
	 * @param body the body as text; may be the placeholder {@code removed vcr body ...}
	 */
	public record Recorded(String method, URI uri, Map<String, List<String>> headers, String body) {

		/** The request in the shape a {@code StubServer} reports received ones. */
		public Request asRequest() {
			return new Request(method, uri.getRawPath(), uri.getRawQuery(), headers,
					body.getBytes(StandardCharsets.UTF_8));
		}

		/**
		 * Whether the body is not the real one: the VCR placeholder, or a body other than
		 * JSON or a form whose length differs from the recorded {@code Content-Length}
		 * (secrets edited into JSON and forms changed their length, not their structure).
		 */
		public boolean bodyAbbreviated() {
			if (body.startsWith("removed vcr body")) {
				return true;
			}
			String type = RequestAssertions.baseType(asRequest().contentType());
			if (type != null && (type.contains("json") || type.equals("application/x-www-form-urlencoded"))) {
				return false;
			}
			long length = contentLength();
			return length >= 0 && length != body.getBytes(StandardCharsets.UTF_8).length;
		}

		/** The recorded {@code Content-Length}, or -1. */
		public long contentLength() {
			String value = asRequest().header("Content-Length");
			return value == null ? -1 : Long.parseLong(value.strip());
		}

	}

}
