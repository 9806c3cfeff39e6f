package dev.ucare.sample.browser;

import java.net.URI;
import java.util.List;

import dev.ucare.client.UploadcareException;
import dev.ucare.client.cdn.CdnUrls;
import dev.ucare.client.cdn.ImageTransformation;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileOperations;
import dev.ucare.sample.gallery.GalleryItem;
import dev.ucare.sample.gallery.GalleryItems;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The browser upload page: the official File Uploader uploads straight to Uploadcare (or
 * the emulator), signed with signatures from the starter's endpoint; the form posts the
 * file's CDN URL, bound to a typed field and checked by {@code @UploadcareFile}. A valid
 * form becomes a {@link GalleryItem} in the database, whose picture the starter stores
 * once the item is committed (and deletes once the item is removed); the page shows the
 * gallery with each picture's state on Uploadcare.
 */
@Controller
class BrowserUploadController {

	private final GalleryItems items;

	private final FileOperations files;

	private final CdnUrls cdn;

	BrowserUploadController(GalleryItems items, FileOperations files, CdnUrls cdn) {
		this.items = items;
		this.files = files;
		this.cdn = cdn;
	}

	@GetMapping("/browser-upload")
	String page(@RequestParam(required = false) Long saved, Model model) {
		model.addAttribute("form", PictureForm.empty());
		addGallery(saved, model);
		return "browser-upload";
	}

	@PostMapping("/browser-upload")
	String save(@Valid @ModelAttribute("form") PictureForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			addGallery(null, model);
			return "browser-upload";
		}
		GalleryItem item = items.save(new GalleryItem(form.title().strip(), form.picture()));
		redirect.addFlashAttribute("message", "Saved “" + item.getTitle() + "” to the gallery.");
		redirect.addAttribute("saved", item.getId());
		return "redirect:/browser-upload";
	}

	@PostMapping("/browser-upload/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		items.findById(id).ifPresentOrElse((item) -> {
			items.delete(item);
			redirect.addFlashAttribute("message",
					"Removed “" + item.getTitle() + "” from the gallery; its picture is deleted from Uploadcare.");
		}, () -> redirect.addFlashAttribute("message", "That picture was already removed."));
		return "redirect:/browser-upload";
	}

	private void addGallery(Long saved, Model model) {
		List<GalleryEntry> gallery = items.findTop20ByOrderByAddedDescIdDesc().stream().map(this::entry).toList();
		model.addAttribute("gallery", gallery);
		if (saved != null) {
			gallery.stream()
				.filter((entry) -> entry.item().getId().equals(saved))
				.findFirst()
				.ifPresentOrElse((entry) -> model.addAttribute("saved", entry),
						() -> model.addAttribute("savedError", "The saved picture is no longer in the gallery."));
		}
	}

	private GalleryEntry entry(GalleryItem item) {
		String uuid = item.getPicture().uuid();
		URI preview = cdn.url(uuid, ImageTransformation.builder().preview(300, 300).build());
		try {
			FileInfo file = files.get(uuid);
			return new GalleryEntry(item, file, preview, file.removed() ? "deleted" : file.stored() ? "yes" : "no");
		}
		catch (UploadcareException ex) {
			return new GalleryEntry(item, null, preview, "unavailable");
		}
	}

	/**
	 * A gallery item with its file as Uploadcare describes it.
	 *
	 * @param item the item
	 * @param file the file, or {@code null} when Uploadcare could not tell
	 * @param preview a preview URL
	 * @param stored "yes", "no", "deleted" or "unavailable"
	 */
	record GalleryEntry(GalleryItem item, FileInfo file, URI preview, String stored) {
	}

}
