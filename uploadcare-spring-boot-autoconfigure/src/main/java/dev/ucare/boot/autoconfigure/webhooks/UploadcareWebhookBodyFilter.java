package dev.ucare.boot.autoconfigure.webhooks;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the raw body of {@code POST}s to the webhook path before anything else can (e.g.
 * multipart or form parsing, which would consume it for some content types), so that the
 * signature is verified over the bytes as sent, whatever the content type. Bounded by the
 * endpoint's body limit: a larger body is not read further. Later readers of the request
 * see the same bytes and no multipart parts.
 */
public final class UploadcareWebhookBodyFilter extends OncePerRequestFilter {

	/** Request attribute holding the raw body ({@code byte[]}), or {@link #TOO_LARGE}. */
	public static final String RAW_BODY_ATTRIBUTE = UploadcareWebhookBodyFilter.class.getName() + ".rawBody";

	/** The {@link #RAW_BODY_ATTRIBUTE} value of a body larger than the limit. */
	public static final Object TOO_LARGE = new Object();

	private final String path;

	private final int maxBodySize;

	/**
	 * @param path the webhook endpoint's path (without the context path)
	 * @param maxBodySize largest accepted body in bytes
	 */
	public UploadcareWebhookBodyFilter(String path, long maxBodySize) {
		this.path = path;
		this.maxBodySize = (int) Math.min(maxBodySize, Integer.MAX_VALUE - 16);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return true;
		}
		String uri = request.getRequestURI();
		String contextPath = request.getContextPath();
		String pathInApplication = (contextPath != null && uri.startsWith(contextPath))
				? uri.substring(contextPath.length()) : uri;
		return !path.equals(pathInApplication);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = null;
		if (request.getContentLengthLong() <= maxBodySize) {
			body = UploadcareWebhookHandler.readAtMost(request.getInputStream(), maxBodySize);
		}
		request.setAttribute(RAW_BODY_ATTRIBUTE, (body != null) ? body : TOO_LARGE);
		chain.doFilter(new RawBodyRequest(request, (body != null) ? body : new byte[0]), response);
	}

	/** The request with its body already read: the same bytes again, and no parts. */
	private static final class RawBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		RawBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The webhook body was already read");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public @Nullable Part getPart(String name) {
			return null;
		}

	}

}
