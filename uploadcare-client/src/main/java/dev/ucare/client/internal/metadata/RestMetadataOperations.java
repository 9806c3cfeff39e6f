package dev.ucare.client.internal.metadata;

import java.util.Map;
import java.util.Optional;

import dev.ucare.client.UploadcareNotFoundException;
import dev.ucare.client.internal.Ids;
import dev.ucare.client.internal.RestRequest;
import dev.ucare.client.internal.RestTransport;
import dev.ucare.client.metadata.MetadataOperations;
import dev.ucare.client.metadata.MetadataRules;

import tools.jackson.core.type.TypeReference;

/** {@link MetadataOperations} over the REST API v0.7. */
public final class RestMetadataOperations implements MetadataOperations {

	private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
	};

	private final RestTransport rest;

	public RestMetadataOperations(RestTransport rest) {
		this.rest = rest;
	}

	@Override
	public Map<String, String> getAll(String uuid) {
		RestRequest request = RestRequest.get(path(uuid));
		byte[] body = rest.send(request).body();
		return body.length == 0 ? Map.of() : RestTransport.read(request, body, MAP);
	}

	@Override
	public Optional<String> get(String uuid, String key) {
		try {
			return Optional.ofNullable(rest.send(RestRequest.get(path(uuid, key)), String.class));
		}
		catch (UploadcareNotFoundException notSet) {
			return Optional.empty();
		}
	}

	@Override
	public String put(String uuid, String key, String value) {
		MetadataRules.value(key, value);
		return rest.send(RestRequest.put(path(uuid, key)).json(value), String.class);
	}

	@Override
	public void delete(String uuid, String key) {
		rest.send(RestRequest.delete(path(uuid, key)));
	}

	private static String path(String uuid) {
		return "/files/" + Ids.uuid(uuid) + "/metadata/";
	}

	private static String path(String uuid, String key) {
		return path(uuid) + MetadataRules.key(key) + "/";
	}

}
