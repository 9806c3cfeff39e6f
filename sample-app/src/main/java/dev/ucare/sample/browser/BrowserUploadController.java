package dev.ucare.sample.browser;

import dev.ucare.client.UploadcareException;
import dev.ucare.client.cdn.CdnUrls;
import dev.ucare.client.cdn.ImageTransformation;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.reference.FileReference;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The browser upload page: the official File Uploader uploads straight to Uploadcare (or
 * the emulator), signed with signatures from the starter's endpoint; the form posts the
 * file's CDN URL, bound to a typed field and checked by {@code @UploadcareFile}.
 */
@Controller
class BrowserUploadController {

	private final FileOperations files;

	private final CdnUrls cdn;

	BrowserUploadController(FileOperations files, CdnUrls cdn) {
		this.files = files;
		this.cdn = cdn;
	}

	@GetMapping("/browser-upload")
	String page(@RequestParam(required = false) String saved, Model model) {
		model.addAttribute("form", PictureForm.empty());
		if (saved != null) {
			try {
				FileInfo file = files.get(FileReference.parse(saved).uuid());
				model.addAttribute("savedFile", file);
				model.addAttribute("savedPreview",
						cdn.url(file.uuid(), ImageTransformation.builder().preview(300, 300).build()));
			}
			catch (IllegalArgumentException | UploadcareException ex) {
				model.addAttribute("savedError", "The saved picture is no longer available.");
			}
		}
		return "browser-upload";
	}

	@PostMapping("/browser-upload")
	String save(@Valid @ModelAttribute("form") PictureForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "browser-upload";
		}
		redirect.addFlashAttribute("message", "Saved “" + form.title() + "”: the picture is stored.");
		redirect.addAttribute("saved", form.picture().uuid());
		return "redirect:/browser-upload";
	}

}
