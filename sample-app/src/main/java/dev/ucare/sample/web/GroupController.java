package dev.ucare.sample.web;

import java.util.List;

import dev.ucare.client.cdn.CdnUrls;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.files.FileQuery;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.groups.GroupOperations;
import dev.ucare.sample.BadInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Groups: pick files, create a group, see its CDN URL. */
@Controller
class GroupController {

	private final GroupOperations groups;

	private final FileOperations files;

	private final CdnUrls cdn;

	GroupController(GroupOperations groups, FileOperations files, CdnUrls cdn) {
		this.groups = groups;
		this.files = files;
		this.cdn = cdn;
	}

	@GetMapping("/groups")
	String form(Model model) {
		model.addAttribute("files",
				files.list(FileQuery.builder().limit(50).ordering(FileQuery.Ordering.UPLOADED_DESC).build()).results());
		return "groups";
	}

	@PostMapping("/groups")
	String create(@RequestParam(name = "uuids", required = false) List<String> uuids) {
		if (uuids == null || uuids.isEmpty()) {
			throw new BadInputException("Select at least one file for the group.");
		}
		GroupInfo group = groups.create(uuids.stream().map(WebSupport::uuid).toList());
		return "redirect:/groups/" + group.id();
	}

	@GetMapping("/groups/{id}")
	String group(@PathVariable String id, Model model) {
		if (!id.matches("[0-9a-fA-F-]{36}~\\d+")) {
			throw new BadInputException("'" + id + "' is not a group id (<uuid>~<count>).");
		}
		GroupInfo group = groups.get(id);
		model.addAttribute("group", group);
		model.addAttribute("groupUrl", cdn.groupUrl(group.id()));
		return "group";
	}

}
