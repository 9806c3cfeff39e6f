package dev.ucare.sample.web;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ucare.client.Page;
import dev.ucare.client.cdn.CdnUrls;
import dev.ucare.client.cdn.ImageFormat;
import dev.ucare.client.cdn.ImageTransformation;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.files.FileQuery;
import dev.ucare.client.metadata.MetadataOperations;
import dev.ucare.client.secure.SecureUrlBuilder;
import dev.ucare.sample.BadInputException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * File list with paging, the file page (CDN previews, secure URL, metadata), store and
 * delete.
 */
@Controller
class FileController {

	static final int PAGE_SIZE = 10;

	private final FileOperations files;

	private final MetadataOperations metadata;

	private final CdnUrls cdn;

	private final ObjectProvider<SecureUrlBuilder> secureUrls;

	FileController(FileOperations files, MetadataOperations metadata, CdnUrls cdn,
			ObjectProvider<SecureUrlBuilder> secureUrls) {
		this.files = files;
		this.metadata = metadata;
		this.cdn = cdn;
		this.secureUrls = secureUrls;
	}

	/**
	 * One page of files, newest first. Uploadcare pages with a cursor ({@code from} = an
	 * upload time, plus an {@code offset} among files uploaded at that very time); the
	 * "next" link carries it over.
	 */
	@GetMapping("/files")
	String list(@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "offset", defaultValue = "0") int offset,
			@RequestParam(name = "stored", required = false) Boolean stored, Model model) {
		if (offset < 0 || offset > 1000 - PAGE_SIZE) {
			throw new BadInputException("offset must be between 0 and " + (1000 - PAGE_SIZE) + ".");
		}
		FileQuery.Builder query = FileQuery.builder()
			.limit(PAGE_SIZE + offset)
			.ordering(FileQuery.Ordering.UPLOADED_DESC)
			.stored(stored);
		if (from != null && !from.isBlank()) {
			query.from(parseCursor(from));
		}
		Page<FileInfo> page = files.list(query.build());
		List<FileInfo> results = page.results();
		results = results.subList(Math.min(offset, results.size()), results.size());
		model.addAttribute("files", results);
		model.addAttribute("page", page);
		model.addAttribute("stored", stored);
		model.addAttribute("firstPage", from == null || from.isBlank());
		model.addAttribute("nextLink", page.hasNext() ? nextLink(page.next(), stored) : null);
		return "files";
	}

	@GetMapping("/files/{uuid}")
	String file(@PathVariable String uuid, Model model) {
		FileInfo file = files.get(WebSupport.uuid(uuid), true);
		model.addAttribute("file", file);
		model.addAttribute("cdnUrl", cdn.url(file.uuid()));
		model.addAttribute("previews", previews(file));
		SecureUrlBuilder secure = secureUrls.getIfAvailable();
		model.addAttribute("secureUrl", secure == null ? null : secure.url(file.uuid()));
		model.addAttribute("appdata",
				file.appdata() == null || file.appdata().isNull() ? null : file.appdata().toPrettyString());
		return "file";
	}

	@PostMapping("/files/{uuid}/store")
	String store(@PathVariable String uuid, RedirectAttributes redirect) {
		FileInfo file = files.store(WebSupport.uuid(uuid));
		redirect.addFlashAttribute("message", "Stored " + file.originalFilename() + ".");
		return "redirect:/files/" + file.uuid();
	}

	/** Asks before deleting: a file cannot be brought back. */
	@GetMapping("/files/{uuid}/delete")
	String confirmDelete(@PathVariable String uuid, Model model) {
		FileInfo file = files.get(WebSupport.uuid(uuid));
		model.addAttribute("file", file);
		return "confirm-delete";
	}

	@PostMapping("/files/{uuid}/delete")
	String delete(@PathVariable String uuid, RedirectAttributes redirect) {
		FileInfo file = files.delete(WebSupport.uuid(uuid));
		redirect.addFlashAttribute("message", "Deleted " + file.originalFilename() + " (" + file.uuid() + ").");
		return "redirect:/files";
	}

	@PostMapping("/files/{uuid}/metadata")
	String putMetadata(@PathVariable String uuid, @RequestParam(defaultValue = "") String key,
			@RequestParam(defaultValue = "") String value, RedirectAttributes redirect) {
		String id = WebSupport.uuid(uuid);
		if (key.isBlank()) {
			throw new BadInputException("Enter a metadata key.");
		}
		metadata.put(id, key.trim(), value);
		redirect.addFlashAttribute("message", "Saved metadata key '" + key.trim() + "'.");
		return "redirect:/files/" + id + "#metadata";
	}

	@PostMapping("/files/{uuid}/metadata/delete")
	String deleteMetadata(@PathVariable String uuid, @RequestParam String key, RedirectAttributes redirect) {
		String id = WebSupport.uuid(uuid);
		metadata.delete(id, key);
		redirect.addFlashAttribute("message", "Removed metadata key '" + key + "'.");
		return "redirect:/files/" + id + "#metadata";
	}

	/** CDN URLs built with {@link ImageTransformation}, by what they show. */
	private Map<String, URI> previews(FileInfo file) {
		Map<String, URI> previews = new LinkedHashMap<>();
		if (!Boolean.TRUE.equals(file.isImage())) {
			return previews;
		}
		previews.put("Preview 300×300", cdn.url(file.uuid(), ImageTransformation.builder().preview(300, 300).build()));
		previews.put("Square thumbnail, WebP", cdn.url(file.uuid(),
				ImageTransformation.builder().scaleCrop(200, 200).format(ImageFormat.WEBP).build()));
		previews.put("Grayscale, flipped",
				cdn.url(file.uuid(), ImageTransformation.builder().resize(300, null).grayscale().flip().build()));
		previews.put("Blurred, rotated 90°",
				cdn.url(file.uuid(), ImageTransformation.builder().resize(300, null).blur(50).rotate(90).build()));
		return previews;
	}

	static OffsetDateTime parseCursor(String from) {
		try {
			return OffsetDateTime.parse(from);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(from).atOffset(ZoneOffset.UTC); // Uploadcare's
																			// cursors
																			// have no
																			// zone
			}
			catch (DateTimeParseException ex2) {
				throw new BadInputException("'" + from + "' is not a page cursor (an ISO 8601 date-time).");
			}
		}
	}

	private static String nextLink(String next, Boolean stored) {
		MultiValueMap<String, String> params = UriComponentsBuilder.fromUriString(next).build().getQueryParams();
		String from = decode(params.getFirst("from"));
		String offset = decode(params.getFirst("offset"));
		if (from == null) {
			return null;
		}
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/files").queryParam("from", from);
		if (offset != null && !"0".equals(offset)) {
			link.queryParam("offset", offset);
		}
		if (stored != null) {
			link.queryParam("stored", stored);
		}
		return link.encode().build().toUriString();
	}

	private static String decode(String value) {
		return value == null ? null : UriUtils.decode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
