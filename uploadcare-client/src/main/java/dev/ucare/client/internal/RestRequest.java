package dev.ucare.client.internal;

import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * One REST API call: method, path (relative to the REST base, starting with {@code /}),
 * optional encoded query and an optional body already serialised to the bytes that will
 * be signed and sent.
 *
 * @param method HTTP method
 * @param path path starting and ending with {@code /}
 * @param query encoded query without {@code ?}, or empty
 * @param body body bytes, or {@code null} for none
 * @param contentType content type of the body ({@code application/json} is signed and
 * sent when there is none)
 */
public record RestRequest(HttpMethod method, String path, String query, byte[] body, MediaType contentType) {

	public static RestRequest get(String path) {
		return new RestRequest(HttpMethod.GET, path, "", null, null);
	}

	public static RestRequest put(String path) {
		return new RestRequest(HttpMethod.PUT, path, "", null, null);
	}

	public static RestRequest post(String path) {
		return new RestRequest(HttpMethod.POST, path, "", null, null);
	}

	public static RestRequest delete(String path) {
		return new RestRequest(HttpMethod.DELETE, path, "", null, null);
	}

	public RestRequest query(QueryString query) {
		return new RestRequest(method, path, query.encode(), body, contentType);
	}

	/** This request with {@code value} serialised once as its JSON body. */
	public RestRequest json(Object value) {
		return new RestRequest(method, path, query, Json.write(value), MediaType.APPLICATION_JSON);
	}

	/**
	 * This request with an {@code application/x-www-form-urlencoded} body of
	 * {@code fields}.
	 */
	public RestRequest form(Map<String, String> fields) {
		return new RestRequest(method, path, query, QueryString.form(fields), MediaType.APPLICATION_FORM_URLENCODED);
	}

	/** Path plus {@code ?query} when there is one. */
	public String pathAndQuery() {
		return query.isEmpty() ? path : path + "?" + query;
	}

	/** POST is the only method the REST API does not treat as idempotent. */
	public boolean idempotent() {
		return method != HttpMethod.POST;
	}

	/** Method and path, for messages and logs (never headers or bodies). */
	public String describe() {
		return method.name() + " " + path;
	}
}
