package dev.ucare.client.internal.upload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ucare.client.files.FileInfo;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.internal.Ids;
import dev.ucare.client.internal.QueryString;

/**
 * The Upload API's read calls and group creation: {@code GET /info/},
 * {@code POST /group/}, {@code GET /group/info/}.
 */
final class UploadApiInfo {

	private final UploadContext context;

	UploadApiInfo(UploadContext context) {
		this.context = context;
	}

	FileInfo info(String uuid) {
		return context.observations.observe("uploads.info", uuid, () -> context.file(context.transport.get("info/",
				new QueryString().add("pub_key", context.publicKey()).add("file_id", Ids.uuid(uuid)))));
	}

	GroupInfo createGroup(List<String> files) {
		return context.observations.observe("uploads.createGroup", () -> create(files));
	}

	private GroupInfo create(List<String> files) {
		if (files.isEmpty()) {
			throw new IllegalArgumentException("A group needs at least one file");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("pub_key", context.publicKey());
		for (int i = 0; i < files.size(); i++) {
			String file = files.get(i);
			if (file == null || file.isBlank()) {
				throw new IllegalArgumentException("File #" + i + " of the group is empty");
			}
			fields.put("files[" + i + "]", file);
		}
		context.putSignature(fields, null);
		return context.group(context.transport.postForm("group/", fields));
	}

	GroupInfo groupInfo(String groupId) {
		return context.observations.observe(null, "uploads.groupInfo", (observed) -> observed.setGroupId(groupId),
				() -> context.group(context.transport.get("group/info/",
						new QueryString().add("pub_key", context.publicKey()).add("group_id", Ids.groupId(groupId)))));
	}

}
