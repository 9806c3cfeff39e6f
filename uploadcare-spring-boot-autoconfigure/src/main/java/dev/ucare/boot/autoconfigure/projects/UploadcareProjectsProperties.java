package dev.ucare.boot.autoconfigure.projects;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.ucare.boot.autoconfigure.UploadcarePropertyValues;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Further Uploadcare projects of the application, bound from
 * {@code uploadcare.projects.<name>.*}; the single-project {@code uploadcare.*}
 * properties keep configuring the default project. A project sets its keys and,
 * optionally, its base URLs; what it leaves unset (base URLs, timeouts, retries, upload
 * settings) it shares with the default project. Secure delivery stays the default
 * project's.
 *
 * @param projects Further projects by name (letters, digits, '-' and '_'; "default" names
 * the default project and cannot be used).
 */
@ConfigurationProperties("uploadcare")
public record UploadcareProjectsProperties(Map<String, Project> projects) implements Validator {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

	public UploadcareProjectsProperties {
		projects = (projects != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(projects)) : Map.of();
	}

	@Override
	public boolean supports(Class<?> type) {
		return UploadcareProjectsProperties.class.isAssignableFrom(type);
	}

	/**
	 * Refuses what would make a project's client fail later: a reserved or malformed
	 * name, a missing public key, a base URL the default project's would refuse too
	 * ({@link UploadcarePropertyValues#isBaseUrl(URI)}).
	 */
	@Override
	public void validate(Object target, Errors errors) {
		UploadcareProjectsProperties properties = (UploadcareProjectsProperties) target;
		properties.projects().forEach((name, project) -> {
			String prefix = "uploadcare.projects." + name + ".";
			if (UploadcareClients.DEFAULT_PROJECT.equals(name.toLowerCase(Locale.ROOT))) {
				errors.reject("reserved", "uploadcare.projects." + name + " is not allowed: '"
						+ UploadcareClients.DEFAULT_PROJECT + "' is the project of the uploadcare.* properties");
			}
			else if (!NAME.matcher(name).matches()) {
				errors.reject("invalid", "uploadcare.projects." + name
						+ " is not a valid project name: letters, digits, '-' and '_', at most 64 characters");
			}
			if (project == null || project.publicKey() == null) {
				errors.reject("required", prefix + "public-key must be set");
				return;
			}
			url(errors, prefix + "upload.base-url", project.upload().baseUrl());
			url(errors, prefix + "rest.base-url", project.rest().baseUrl());
			url(errors, prefix + "cdn.base-url", project.cdn().baseUrl());
		});
	}

	private static void url(Errors errors, String property, @Nullable URI url) {
		if (url != null && !UploadcarePropertyValues.isBaseUrl(url)) {
			errors.reject("invalid", property + " " + UploadcarePropertyValues.BASE_URL_RULE + ", was '" + url + "'");
		}
	}

	/**
	 * One project.
	 *
	 * @param publicKey Project's public key; required.
	 * @param secretKey Project's secret key; without it the project's client runs in
	 * upload-only mode.
	 * @param upload Upload API of the project.
	 * @param rest REST API of the project.
	 * @param cdn CDN of the project's file links.
	 */
	public record Project(@Nullable String publicKey, @Nullable String secretKey, @DefaultValue Upload upload,
			@DefaultValue Rest rest, @DefaultValue Cdn cdn) {

		public Project {
			publicKey = UploadcarePropertyValues.valueOrNull(publicKey);
			secretKey = UploadcarePropertyValues.valueOrNull(secretKey);
			upload = (upload != null) ? upload : new Upload(null);
			rest = (rest != null) ? rest : new Rest(null);
			cdn = (cdn != null) ? cdn : new Cdn(null, null, null);
		}

		@Override
		public String toString() {
			return "Project[publicKey=" + publicKey + ", secretKey=" + UploadcarePropertyValues.masked(secretKey)
					+ ", upload=" + upload + ", rest=" + rest + ", cdn=" + cdn + "]";
		}

	}

	/**
	 * Upload API of a project.
	 *
	 * @param baseUrl Base URL of the Upload API; the default project's when unset.
	 */
	public record Upload(@Nullable URI baseUrl) {
	}

	/**
	 * REST API of a project.
	 *
	 * @param baseUrl Base URL of the REST API; the default project's when unset.
	 */
	public record Rest(@Nullable URI baseUrl) {
	}

	/**
	 * CDN of a project's file links. Without any of these the project shares the default
	 * project's CDN settings.
	 *
	 * @param baseUrl Base URL of file links.
	 * @param cname Custom CNAME host serving the project's files, e.g. "cdn.example.com".
	 * @param projectSubdomain Whether file links use the project's own subdomain on
	 * ucarecd.net, derived from its public key.
	 */
	public record Cdn(@Nullable URI baseUrl, @Nullable String cname, @Nullable Boolean projectSubdomain) {

		public Cdn {
			cname = UploadcarePropertyValues.valueOrNull(cname);
		}

		/** Whether any CDN setting is made. */
		boolean isSet() {
			return baseUrl != null || cname != null || projectSubdomain != null;
		}

	}

}
