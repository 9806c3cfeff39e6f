package dev.ucare.client.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

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
 * @param template the path with its variable parts as {@code {name}}, e.g.
 * {@code /files/{uuid}/}: the {@code uri} of the {@code http.client.requests} observation
 */
public record RestRequest(HttpMethod method, String path, String query, byte @Nullable [] body,
		@Nullable MediaType contentType, String template) {

	/** A request whose path has no variable part. */
	public RestRequest(HttpMethod method, String path, String query, byte @Nullable [] body,
			@Nullable MediaType contentType) {
		this(method, path, query, body, contentType, path);
	}

	/**
	 * {@code GET} of {@code template} with its {@code {name}} parts replaced, in order,
	 * by {@code variables} (already checked ids, inserted as they are).
	 */
	public static RestRequest get(String template, Object... variables) {
		return of(HttpMethod.GET, template, variables);
	}

	/** {@code PUT}, as {@link #get(String, Object...)}. */
	public static RestRequest put(String template, Object... variables) {
		return of(HttpMethod.PUT, template, variables);
	}

	/** {@code POST}, as {@link #get(String, Object...)}. */
	public static RestRequest post(String template, Object... variables) {
		return of(HttpMethod.POST, template, variables);
	}

	/** {@code DELETE}, as {@link #get(String, Object...)}. */
	public static RestRequest delete(String template, Object... variables) {
		return of(HttpMethod.DELETE, template, variables);
	}

	private static RestRequest of(HttpMethod method, String template, Object[] variables) {
		return new RestRequest(method, expand(template, variables), "", null, null, template);
	}

	/** {@code template} with its {@code {name}} parts replaced, in order. */
	static String expand(String template, Object... variables) {
		if (variables.length == 0 && template.indexOf('{') < 0) {
			return template;
		}
		StringBuilder path = new StringBuilder(template.length() + 48);
		int from = 0;
		for (Object variable : variables) {
			int open = template.indexOf('{', from);
			int close = (open < 0) ? -1 : template.indexOf('}', open);
			if (close < 0) {
				throw new IllegalArgumentException("Template " + template + " has fewer variables than given");
			}
			path.append(template, from, open).append(variable);
			from = close + 1;
		}
		if (template.indexOf('{', from) >= 0) {
			throw new IllegalArgumentException("Template " + template + " has more variables than given");
		}
		return path.append(template, from, template.length()).toString();
	}

	public RestRequest query(QueryString query) {
		return new RestRequest(method, path, query.encode(), body, contentType, template);
	}

	/** This request with {@code value} serialised once as its JSON body. */
	public RestRequest json(Object value) {
		return new RestRequest(method, path, query, Json.write(value), MediaType.APPLICATION_JSON, template);
	}

	/**
	 * This request with an {@code application/x-www-form-urlencoded} body of
	 * {@code fields}.
	 */
	public RestRequest form(Map<String, String> fields) {
		return new RestRequest(method, path, query, QueryString.form(fields), MediaType.APPLICATION_FORM_URLENCODED,
				template);
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
