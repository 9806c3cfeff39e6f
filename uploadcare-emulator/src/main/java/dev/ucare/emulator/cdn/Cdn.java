package dev.ucare.emulator.cdn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

import dev.ucare.emulator.EmulatedGroup;
import dev.ucare.emulator.http.ApiError;
import dev.ucare.emulator.http.Call;
import dev.ucare.emulator.http.Digits;
import dev.ucare.emulator.http.Router;
import dev.ucare.emulator.state.Backend;
import dev.ucare.emulator.state.Blob;
import dev.ucare.emulator.state.FileJson;
import dev.ucare.emulator.state.FileRecord;

import org.jspecify.annotations.Nullable;

/**
 * CDN: serves stored (and still-available unstored) files' bytes by UUID; operations are
 * ignored.
 */
public final class Cdn {

	private final Backend backend;

	private final FileJson json;

	public Cdn(Backend backend, FileJson json) {
		this.backend = backend;
		this.json = json;
	}

	public Router router() {
		String uuid = "/([0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})";
		return new Router().on("GET", uuid + "~(\\d+)/nth/(\\d+)/.*", this::nth)
			.on("HEAD", uuid + "~(\\d+)/nth/(\\d+)/.*", this::nth)
			.on("GET", uuid + "(/.*)?", this::file)
			.on("HEAD", uuid + "(/.*)?", this::file);
	}

	private void nth(Call call, Matcher m) throws IOException {
		EmulatedGroup group = backend.state.groups.get(m.group(1) + "~" + m.group(2));
		int index = Digits.toInt(m.group(3));
		if (group == null || index >= group.files().size()) {
			throw ApiError.notFound();
		}
		serve(call, backend.file(group.fileUuid(index)), "");
	}

	private void file(Call call, Matcher m) throws IOException {
		serve(call, backend.file(m.group(1)), m.group(2) == null ? "" : m.group(2));
	}

	private void serve(Call call, @Nullable FileRecord f, String rest) throws IOException {
		if (f == null || f.isRemoved() || !f.ready()) {
			throw ApiError.notFound();
		}
		if (rest.startsWith("/-/json/")) {
			call.respondJson(200, json.uploadInfo(f), "application/json");
			return;
		}
		if (rest.startsWith("/-/") && f.image() == null) {
			call.respond(400, "text/html; charset=utf-8",
					"Not supported for files that are not images.".getBytes(StandardCharsets.UTF_8));
			return;
		}
		Blob blob = f.content();
		call.setHeader("Content-Disposition", "inline; filename=\"" + FileJson.sanitize(f.originalFilename()) + "\"");
		call.setHeader("ETag", "\"" + f.uuid + "\"");
		call.respondStream(200, f.mimeType(), blob.size(), blob.open());
	}

}
