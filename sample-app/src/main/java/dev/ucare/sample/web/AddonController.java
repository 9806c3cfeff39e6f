package dev.ucare.sample.web;

import dev.ucare.client.addons.Addon;
import dev.ucare.client.addons.AddonJob;
import dev.ucare.client.addons.AddonOperations;
import dev.ucare.client.addons.AddonParams;
import dev.ucare.client.addons.AddonStatus;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileOperations;
import dev.ucare.sample.BadInputException;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Add-ons: ClamAV virus scan and AWS Rekognition labels, with their results from the
 * file's appdata.
 */
@Controller
class AddonController {

	private final AddonOperations addons;

	private final FileOperations files;

	AddonController(AddonOperations addons, FileOperations files) {
		this.addons = addons;
		this.files = files;
	}

	@PostMapping("/files/{uuid}/addons/{addon}")
	String execute(@PathVariable String uuid, @PathVariable String addon) {
		String id = WebSupport.uuid(uuid);
		AddonParams params = switch (addon) {
			case "virus-scan" -> AddonParams.clamAv(false);
			case "labels" -> AddonParams.awsRekognitionLabels();
			default -> throw new BadInputException("Unknown add-on '" + addon + "': use virus-scan or labels.");
		};
		AddonJob job = addons.execute(id, params);
		return "redirect:/addons/" + job.addon().wireName() + "/" + job.requestId() + "?uuid=" + id;
	}

	@GetMapping("/addons/{addon}/{requestId}")
	String status(@PathVariable String addon, @PathVariable String requestId, @RequestParam String uuid, Model model) {
		Addon which = addon(addon);
		String id = WebSupport.uuid(uuid);
		AddonStatus status = addons.status(which, requestId);
		model.addAttribute("addon", which);
		model.addAttribute("requestId", requestId);
		model.addAttribute("uuid", id);
		model.addAttribute("status", status);
		if (status.status() == AddonStatus.State.DONE) {
			FileInfo file = files.get(id, true);
			JsonNode appdata = file.appdata() == null ? null : file.appdata().get(which.wireName());
			model.addAttribute("result", appdata == null || appdata.isNull() ? null : appdata.toPrettyString());
		}
		return "addon";
	}

	private static Addon addon(String wireName) {
		try {
			return Addon.fromWireName(wireName);
		}
		catch (IllegalArgumentException ex) {
			throw new BadInputException("Unknown add-on '" + wireName + "'.");
		}
	}

}
