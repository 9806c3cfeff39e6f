package dev.ucare.boot.autoconfigure.uploader;

import java.security.Principal;
import java.util.Objects;

import dev.ucare.boot.autoconfigure.uploader.UploadSignatureMetrics.Outcome;
import dev.ucare.client.upload.UploadSignature;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring MVC handler of {@code POST ${uploadcare.uploader.signature.path}}: answers
 * {@code {"signature": "<hex>", "expire": <unix seconds>}} for the File Uploader's
 * signature resolver, when the client is within its rate limit (else 429 with
 * {@code Retry-After}) and the {@link UploadSignaturePolicy} allows it (else its 401 or
 * 403 with {@code {"error": "<reason>"}}). Answers are never cached; the secret key never
 * leaves the client.
 */
public final class UploadSignatureHandler implements HandlerFunction<ServerResponse> {

	private static final Log logger = LogFactory.getLog(UploadSignatureHandler.class);

	private final UploadSignatureIssuer issuer;

	private final UploadSignaturePolicy policy;

	private final UploadSignatureRateLimiter rateLimiter;

	private final UploadSignatureMetrics metrics;

	/**
	 * @param issuer makes the signatures
	 * @param policy decides who gets one
	 * @param rateLimiter limits requests per client
	 * @param metrics records the answers
	 */
	public UploadSignatureHandler(UploadSignatureIssuer issuer, UploadSignaturePolicy policy,
			UploadSignatureRateLimiter rateLimiter, UploadSignatureMetrics metrics) {
		this.issuer = issuer;
		this.policy = policy;
		this.rateLimiter = rateLimiter;
		this.metrics = metrics;
	}

	@Override
	public ServerResponse handle(ServerRequest request) {
		HttpServletRequest servletRequest = request.servletRequest();
		long retryAfter = rateLimiter.acquire(clientOf(servletRequest));
		if (retryAfter > 0) {
			metrics.record(Outcome.THROTTLED);
			return ServerResponse.status(429)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
				.cacheControl(CacheControl.noStore())
				.contentType(MediaType.APPLICATION_JSON)
				.body(error("Too many requests for upload signatures; try again in " + retryAfter + " s"));
		}
		UploadSignatureDecision decision = policy.decide(servletRequest);
		if (!decision.allowed()) {
			metrics.record(Outcome.REFUSED);
			if (logger.isDebugEnabled()) {
				logger.debug("Upload signature refused (" + decision.status() + "): " + decision.reason());
			}
			return ServerResponse.status(decision.status())
				.cacheControl(CacheControl.noStore())
				.contentType(MediaType.APPLICATION_JSON)
				.body(error(Objects.requireNonNullElse(decision.reason(), "Refused")));
		}
		UploadSignature signature = issuer.issue();
		metrics.record(Outcome.ISSUED);
		return ServerResponse.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"signature\":\"" + signature.signature() + "\",\"expire\":" + signature.expire() + "}");
	}

	/** The authenticated user's name, else the remote address. */
	static String clientOf(HttpServletRequest request) {
		Principal principal = request.getUserPrincipal();
		if (principal != null && principal.getName() != null) {
			return "user:" + principal.getName();
		}
		return "address:" + request.getRemoteAddr();
	}

	static String error(String message) {
		StringBuilder json = new StringBuilder("{\"error\":\"");
		for (char c : message.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '<' -> json.append("\\u003c");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append("\"}").toString();
	}

}
