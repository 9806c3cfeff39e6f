package dev.ucare.sample.web;

import java.util.List;

import dev.ucare.sample.webhooks.WebhookEventLog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The live list of webhook deliveries received by the starter's endpoint. */
@Controller
class WebhookEventsController {

	private final WebhookEventLog log;

	WebhookEventsController(WebhookEventLog log) {
		this.log = log;
	}

	@GetMapping("/events")
	String page(Model model) {
		model.addAttribute("events", log.entries());
		return "events";
	}

	@GetMapping("/events.json")
	@ResponseBody
	List<WebhookEventLog.Entry> events() {
		return log.entries();
	}

}
