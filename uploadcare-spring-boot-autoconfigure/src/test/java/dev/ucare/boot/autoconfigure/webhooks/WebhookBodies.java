package dev.ucare.boot.autoconfigure.webhooks;

import java.nio.charset.StandardCharsets;

/** Delivery bodies in the v0.7 shape. */
public final class WebhookBodies {

	private WebhookBodies() {
	}

	public static byte[] body(String event, String uuid) {
		return ("""
				{"hook":{"id":1473151,"project_id":123681,"project_pub_key":"demopublickey",\
				"target":"https://example.com/uploadcare/webhooks","event":"%s","is_active":true,"version":"0.7",\
				"created_at":"2024-01-01T00:00:00.000000Z","updated_at":"2024-01-01T00:00:00.000000Z"},\
				"data":{"uuid":"%s","original_filename":"photo.jpg","mime_type":"image/jpeg","size":1024,\
				"is_image":true,"is_ready":true,"datetime_uploaded":"2024-01-01T00:00:00.000000Z",\
				"datetime_stored":null,"datetime_removed":null,"url":"https://api.uploadcare.com/files/%s/",\
				"original_file_url":"https://ucarecdn.com/%s/photo.jpg","metadata":{"a":"b"},"appdata":{},\
				"content_info":{"mime":{"mime":"image/jpeg","type":"image","subtype":"jpeg"}}},\
				"initiator":{"type":"api","detail":{"request_id":"d3a1b0e2-1111-4f00-9f00-000000000000",\
				"addon_name":null,"source_file_uuid":null}},"file":"https://ucarecdn.com/%s/photo.jpg"}"""
			.formatted(event, uuid, uuid, uuid, uuid)).getBytes(StandardCharsets.UTF_8);
	}

	/** A body padded with a JSON field to {@code size} bytes. */
	public static byte[] bodyOfSize(String event, String uuid, int size) {
		byte[] base = body(event, uuid);
		int pad = size - base.length - ",\"pad\":\"\"".length();
		String text = new String(base, StandardCharsets.UTF_8);
		text = text.substring(0, text.length() - 1) + ",\"pad\":\"" + "x".repeat(Math.max(pad, 0)) + "\"}";
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
