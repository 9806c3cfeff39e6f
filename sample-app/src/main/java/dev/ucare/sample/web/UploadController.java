package dev.ucare.sample.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import dev.ucare.client.Store;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.upload.UrlUploadOptions;
import dev.ucare.sample.BadInputException;
import dev.ucare.sample.upload.UploadJob;
import dev.ucare.sample.upload.UploadJobs;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Server-side uploads (with a progress bar) and uploads from a URL. */
@Controller
class UploadController {

	private final UploadJobs jobs;

	private final UploadOperations uploads;

	UploadController(UploadJobs jobs, UploadOperations uploads) {
		this.jobs = jobs;
		this.uploads = uploads;
	}

	@PostMapping("/uploads")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "store", defaultValue = "auto") String store) {
		UploadJob job = jobs.start(files, WebSupport.store(store));
		return "redirect:/uploads/" + job.id();
	}

	@GetMapping("/uploads/{id}")
	String progressPage(@PathVariable String id, Model model) {
		model.addAttribute("job", job(id));
		return "upload-progress";
	}

	@GetMapping("/uploads/{id}/progress")
	@ResponseBody
	UploadJob.Progress progress(@PathVariable String id) {
		return job(id).progress();
	}

	@PostMapping("/uploads/from-url")
	String fromUrl(@RequestParam(name = "url", defaultValue = "") String url,
			@RequestParam(name = "store", defaultValue = "auto") String store, RedirectAttributes redirect) {
		Store choice = WebSupport.store(store);
		URI source = httpUrl(url);
		FileInfo file = uploads.fromUrl(source, UrlUploadOptions.of(UploadOptions.builder().store(choice).build()));
		redirect.addFlashAttribute("message", "Uploaded " + file.originalFilename() + " from " + source + ", "
				+ WebSupport.storeOutcome(file.stored(), choice) + ".");
		return "redirect:/files/" + file.uuid();
	}

	private UploadJob job(String id) {
		return jobs.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No upload job '" + id + "' (jobs are kept in memory and forgotten on restart)."));
	}

	static URI httpUrl(String url) {
		String text = url == null ? "" : url.trim();
		if (text.isEmpty()) {
			throw new BadInputException("Enter the URL of a file to upload.");
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("http") && !scheme.equals("https")) {
				throw new BadInputException("'" + text + "' is not an http(s) URL: only http:// and https:// "
						+ "URLs can be uploaded from.");
			}
			if (uri.getHost() == null || uri.getHost().isBlank()) {
				throw new BadInputException("'" + text + "' has no host name.");
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw new BadInputException("'" + text + "' is not a valid URL: " + ex.getReason() + ".");
		}
	}

}
