package dev.ucare.boot.autoconfigure.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import dev.ucare.client.webhooks.WebhookSignatures;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring MVC handler of {@code POST ${uploadcare.webhooks.path}}: takes the raw body read
 * by the {@link UploadcareWebhookBodyFilter} (or reads it, up to the configured limit,
 * when the filter is not there; larger gets 413 without being read further) and hands it
 * to the {@link UploadcareWebhookProcessor}.
 */
public final class UploadcareWebhookHandler implements HandlerFunction<ServerResponse> {

	private final UploadcareWebhookProcessor processor;

	private final int maxBodySize;

	/**
	 * @param processor processes the deliveries
	 * @param maxBodySize largest accepted body in bytes
	 */
	public UploadcareWebhookHandler(UploadcareWebhookProcessor processor, long maxBodySize) {
		this.processor = processor;
		this.maxBodySize = (int) Math.min(maxBodySize, Integer.MAX_VALUE - 16);
	}

	@Override
	public ServerResponse handle(ServerRequest request) throws IOException {
		HttpServletRequest servletRequest = request.servletRequest();
		Object raw = servletRequest.getAttribute(UploadcareWebhookBodyFilter.RAW_BODY_ATTRIBUTE);
		UploadcareWebhookProcessor.Result result;
		if (raw == UploadcareWebhookBodyFilter.TOO_LARGE
				|| (raw == null && servletRequest.getContentLengthLong() > maxBodySize)) {
			result = processor.tooLarge();
		}
		else {
			byte[] body = (raw instanceof byte[] bytes) ? bytes
					: readAtMost(servletRequest.getInputStream(), maxBodySize);
			if (body == null) {
				result = processor.tooLarge();
			}
			else {
				List<String> signatures = request.headers().header(WebhookSignatures.HEADER);
				result = processor.process(body, signatures, servletRequest.getRemoteAddr());
			}
		}
		return ServerResponse.status(result.status()).contentType(MediaType.TEXT_PLAIN).body(result.message());
	}

	/** The stream's bytes, or {@code null} when there are more than {@code limit}. */
	static byte @Nullable [] readAtMost(InputStream in, int limit) throws IOException {
		byte[] buffer = new byte[Math.min(limit + 1, 8192)];
		int length = 0;
		while (true) {
			if (length == buffer.length) {
				if (length > limit) {
					return null;
				}
				buffer = Arrays.copyOf(buffer, Math.min(limit + 1, buffer.length * 2));
			}
			int read = in.read(buffer, length, buffer.length - length);
			if (read < 0) {
				break;
			}
			length += read;
			if (length > limit) {
				return null;
			}
		}
		return Arrays.copyOf(buffer, length);
	}

}
