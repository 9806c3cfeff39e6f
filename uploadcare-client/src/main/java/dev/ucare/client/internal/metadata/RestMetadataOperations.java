package dev.ucare.client.internal.metadata;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import dev.ucare.client.UploadcareNotFoundException;
import dev.ucare.client.internal.Ids;
import dev.ucare.client.internal.Observations;
import dev.ucare.client.internal.RestRequest;
import dev.ucare.client.internal.RestTransport;
import dev.ucare.client.metadata.MetadataOperations;
import dev.ucare.client.metadata.MetadataRules;

import tools.jackson.core.type.TypeReference;

/** {@link MetadataOperations} over the REST API v0.7. */
public final class RestMetadataOperations implements MetadataOperations {

	private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
	};

	private static final String ALL = "/files/{uuid}/metadata/";

	private static final String KEY = "/files/{uuid}/metadata/{key}/";

	private final RestTransport rest;

	private final Observations observations;

	public RestMetadataOperations(RestTransport rest) {
		this.rest = rest;
		this.observations = rest.observations();
	}

	@Override
	public Map<String, String> getAll(String uuid) {
		return observations.observe("metadata.getAll", uuid, () -> {
			RestRequest request = RestRequest.get(ALL, Ids.uuid(uuid));
			byte[] body = rest.send(request).body();
			return body.length == 0 ? Map.of() : RestTransport.read(request, body, MAP);
		});
	}

	/** A key that is not set is a success (an empty answer) of the operation. */
	@Override
	public Optional<String> get(String uuid, String key) {
		return observations.observe("metadata.get", uuid, () -> {
			RestRequest request = key(RestRequest::get, uuid, key);
			try {
				return Optional.ofNullable(rest.send(request, String.class));
			}
			catch (UploadcareNotFoundException notSet) {
				return Optional.empty();
			}
		});
	}

	@Override
	public String put(String uuid, String key, String value) {
		return observations.observe("metadata.put", uuid, () -> {
			MetadataRules.value(key, value);
			return rest.send(key(RestRequest::put, uuid, key).json(value), String.class);
		});
	}

	@Override
	public void delete(String uuid, String key) {
		observations.run("metadata.delete", uuid, () -> rest.send(key(RestRequest::delete, uuid, key)));
	}

	private static RestRequest key(BiFunction<String, Object[], RestRequest> method, String uuid, String key) {
		return method.apply(KEY, new Object[] { Ids.uuid(uuid), MetadataRules.key(key) });
	}

}
