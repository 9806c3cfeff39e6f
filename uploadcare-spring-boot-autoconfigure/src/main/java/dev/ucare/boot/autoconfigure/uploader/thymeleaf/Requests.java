package dev.ucare.boot.autoconfigure.uploader.thymeleaf;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;

import org.springframework.util.ClassUtils;

/** What the dialect reads from the current web request. */
final class Requests {

	private static final boolean SECURITY = ClassUtils.isPresent("org.springframework.security.web.csrf.CsrfToken",
			Requests.class.getClassLoader());

	private Requests() {
	}

	/** The application's context path, {@code ""} outside web requests. */
	static String contextPath(ITemplateContext context) {
		if (context instanceof IWebContext web) {
			String path = web.getExchange().getRequest().getApplicationPath();
			return path == null ? "" : path;
		}
		return "";
	}

	/**
	 * Spring Security's CSRF token of the request as {@code {headerName, token}}, or
	 * {@code null}.
	 */
	static String @Nullable [] csrf(ITemplateContext context) {
		if (!SECURITY || !(context instanceof IWebContext web)) {
			return null;
		}
		Object token = web.getExchange().getAttributeValue("_csrf");
		return SecurityCsrf.headerAndToken(token);
	}

	/** Kept apart so that Spring Security's types load only when present. */
	private static final class SecurityCsrf {

		static String @Nullable [] headerAndToken(@Nullable Object token) {
			if (token instanceof org.springframework.security.web.csrf.CsrfToken csrf) {
				return new String[] { csrf.getHeaderName(), csrf.getToken() };
			}
			return null;
		}

	}

}
