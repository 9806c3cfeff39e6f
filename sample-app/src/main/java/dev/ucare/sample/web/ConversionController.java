package dev.ucare.sample.web;

import java.util.Locale;

import dev.ucare.client.conversion.ConversionJob;
import dev.ucare.client.conversion.ConversionKind;
import dev.ucare.client.conversion.ConversionOperations;
import dev.ucare.client.conversion.ConversionStatus;
import dev.ucare.client.conversion.DocumentFormat;
import dev.ucare.client.conversion.DocumentTransformation;
import dev.ucare.client.conversion.Transformation;
import dev.ucare.client.conversion.VideoFormat;
import dev.ucare.client.conversion.VideoTransformation;
import dev.ucare.sample.BadInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Document and video conversion: start a job, then watch its status. */
@Controller
class ConversionController {

	private final ConversionOperations conversions;

	ConversionController(ConversionOperations conversions) {
		this.conversions = conversions;
	}

	@PostMapping("/files/{uuid}/convert")
	String convert(@PathVariable String uuid, @RequestParam(defaultValue = "document") String kind,
			@RequestParam(defaultValue = "") String format) {
		String id = WebSupport.uuid(uuid);
		ConversionKind conversionKind = kind(kind);
		Transformation transformation = switch (conversionKind) {
			case DOCUMENT -> DocumentTransformation.builder().format(documentFormat(format)).build();
			case VIDEO -> VideoTransformation.builder().format(videoFormat(format)).build();
		};
		ConversionJob job = conversions.convert(id, transformation);
		return "redirect:/conversions/" + conversionKind.name().toLowerCase(Locale.ROOT) + "/" + job.token()
				+ "?source=" + id + "&result=" + job.uuid();
	}

	@GetMapping("/conversions/{kind}/{token}")
	String status(@PathVariable String kind, @PathVariable long token, @RequestParam(required = false) String source,
			@RequestParam(required = false) String result, Model model) {
		ConversionKind conversionKind = kind(kind);
		ConversionStatus status = conversions.status(conversionKind, token);
		model.addAttribute("kind", conversionKind.name().toLowerCase(Locale.ROOT));
		model.addAttribute("token", token);
		model.addAttribute("status", status);
		model.addAttribute("source", source == null ? null : WebSupport.uuid(source));
		model.addAttribute("resultUuid", status.resultUuid().orElse(result));
		model.addAttribute("terminal", status.status().isTerminal());
		return "conversion";
	}

	private static ConversionKind kind(String kind) {
		return switch (kind.toLowerCase(Locale.ROOT)) {
			case "document" -> ConversionKind.DOCUMENT;
			case "video" -> ConversionKind.VIDEO;
			default ->
				throw new BadInputException("Conversion kind must be 'document' or 'video', not '" + kind + "'.");
		};
	}

	private static DocumentFormat documentFormat(String format) {
		try {
			return DocumentFormat.fromValue(format.isBlank() ? "pdf" : format.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new BadInputException("'" + format + "' is not a document format.");
		}
	}

	private static VideoFormat videoFormat(String format) {
		try {
			return VideoFormat.valueOf(format.isBlank() ? "MP4" : format.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadInputException("'" + format + "' is not a video format (mp4, webm, ogg).");
		}
	}

}
