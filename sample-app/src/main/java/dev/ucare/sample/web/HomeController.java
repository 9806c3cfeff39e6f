package dev.ucare.sample.web;

import java.util.List;

import dev.ucare.client.UploadcareException;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.files.FileQuery;
import dev.ucare.sample.SampleMode;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The main page: mode banner, upload forms and the latest files. */
@Controller
class HomeController {

	private static final Logger log = LoggerFactory.getLogger(HomeController.class);

	private final FileOperations files;

	private final SampleMode mode;

	HomeController(FileOperations files, SampleMode mode) {
		this.files = files;
		this.mode = mode;
	}

	@GetMapping("/")
	String home(Model model, HttpServletRequest request) {
		if (mode.emulator()) {
			// the emulator fetches loopback URLs: offer this app's own sample image
			model.addAttribute("sampleUrl",
					"http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/sample/gradient.png");
		}
		List<FileInfo> recent = List.of();
		try {
			recent = files.list(FileQuery.builder().limit(5).ordering(FileQuery.Ordering.UPLOADED_DESC).build())
				.results();
		}
		catch (UploadcareException ex) {
			log.warn("Could not list recent files: {}", ex.getMessage());
			model.addAttribute("recentError", ex.getMessage());
		}
		model.addAttribute("recent", recent);
		return "index";
	}

}
