package dev.ucare.sample.browser;

import dev.ucare.boot.autoconfigure.uploader.UploadSignaturePolicy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may get upload signatures. This sample has no login, so it issues them to its own
 * pages only (the browser's {@code Sec-Fetch-Site}/{@code Origin}); an application with
 * Spring Security gets "authenticated users only" without declaring anything.
 */
@Configuration(proxyBeanMethods = false)
class BrowserUploadConfiguration {

	@Bean
	UploadSignaturePolicy uploadSignaturePolicy() {
		return UploadSignaturePolicy.sameOrigin();
	}

}
