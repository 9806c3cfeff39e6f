package dev.ucare.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads the recorded Uploadcare interactions from the test classpath
 * ({@code recordings/<name>.yaml}).
 *
 * <p>
 * Understands both VCR layouts: status under {@code status.code} or {@code status_code},
 * response body under {@code body.string} or {@code content}, request body as a plain
 * string, {@code body.string} or {@code !!binary}. Each call parses the file afresh, so
 * callers may not share mutable state.
 */
public final class Recordings {

	/** Classpath folder holding the cassettes. */
	public static final String FOLDER = "recordings";

	private Recordings() {
	}

	/**
	 * Loads {@code recordings/<name>.yaml}; {@code name} may be given with or without the
	 * {@code .yaml} suffix.
	 * @throws IllegalArgumentException when there is no such recording
	 */
	public static Recording load(String name) {
		String bare = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
		String resource = FOLDER + "/" + bare + ".yaml";
		try (InputStream in = Recordings.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException(
						"No recording on the classpath: " + resource + " (known: " + names() + ")");
			}
			return parse(bare, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + resource, e);
		}
	}

	/** All recordings on the classpath, sorted by name. */
	public static List<Recording> all() {
		return names().stream().map(Recordings::load).toList();
	}

	/** Names (without {@code .yaml}) of all recordings on the classpath, sorted. */
	public static List<String> names() {
		URL marker = Recordings.class.getClassLoader().getResource(FOLDER + "/README.md");
		if (marker == null) {
			throw new IllegalStateException("Classpath folder '" + FOLDER + "/' (with README.md) not found");
		}
		try {
			URI uri = marker.toURI();
			if ("jar".equals(uri.getScheme())) {
				FileSystem fs;
				try {
					fs = FileSystems.newFileSystem(uri, Map.of());
				}
				catch (FileSystemAlreadyExistsException e) {
					fs = FileSystems.getFileSystem(uri);
				}
				return list(fs.getPath(FOLDER));
			}
			return list(Path.of(uri).getParent());
		}
		catch (URISyntaxException | IOException e) {
			throw new IllegalStateException("Cannot list recordings at " + marker, e);
		}
	}

	private static List<String> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith(".yaml"))
				.map(n -> n.substring(0, n.length() - 5))
				.sorted()
				.toList();
		}
	}

	/** Parses cassette YAML text. Exposed for tests that build recordings inline. */
	public static Recording parse(String name, String yamlText) {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(64 * 1024 * 1024);
		Object root = new Yaml(new SafeConstructor(options)).load(yamlText);
		if (!(root instanceof Map<?, ?> map) || !(map.get("interactions") instanceof List<?> list)) {
			throw new IllegalArgumentException("Recording " + name + " has no 'interactions' list");
		}
		List<Interaction> interactions = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			Map<?, ?> item = asMap(list.get(i), name, i, "interaction");
			Map<?, ?> req = asMap(item.get("request"), name, i, "request");
			Map<?, ?> resp = asMap(item.get("response"), name, i, "response");
			RecordedRequest request = new RecordedRequest(
					String.valueOf(req.get("method")).toUpperCase(java.util.Locale.ROOT),
					URI.create(String.valueOf(req.get("uri"))), headers(req.get("headers")), text(req.get("body")));
			RecordedResponse response = new RecordedResponse(status(resp, name, i), headers(resp.get("headers")),
					text(resp.containsKey("content") ? resp.get("content") : resp.get("body")));
			interactions.add(new Interaction(name, i, request, response));
		}
		return new Recording(name, interactions);
	}

	private static Map<?, ?> asMap(Object o, String name, int i, String what) {
		if (o instanceof Map<?, ?> m) {
			return m;
		}
		throw new IllegalArgumentException("Recording " + name + " interaction #" + i + ": missing " + what);
	}

	private static int status(Map<?, ?> resp, String name, int i) {
		Object value = resp.get("status_code");
		if (value == null && resp.get("status") instanceof Map<?, ?> status) {
			value = status.get("code");
		}
		if (value == null) {
			throw new IllegalArgumentException("Recording " + name + " interaction #" + i + ": no status");
		}
		return Integer.parseInt(String.valueOf(value).trim());
	}

	private static String text(Object body) {
		if (body == null) {
			return "";
		}
		if (body instanceof Map<?, ?> m) {
			return text(m.get("string"));
		}
		if (body instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return String.valueOf(body);
	}

	private static Map<String, List<String>> headers(Object raw) {
		Map<String, List<String>> result = new LinkedHashMap<>();
		if (raw instanceof Map<?, ?> map) {
			map.forEach((k, v) -> {
				List<String> values = new ArrayList<>();
				if (v instanceof List<?> l) {
					l.forEach(x -> values.add(String.valueOf(x)));
				}
				else if (v != null) {
					values.add(String.valueOf(v));
				}
				result.put(String.valueOf(k), values);
			});
		}
		return result;
	}

}
