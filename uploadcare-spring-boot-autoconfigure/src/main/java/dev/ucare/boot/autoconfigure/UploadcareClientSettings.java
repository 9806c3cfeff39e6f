package dev.ucare.boot.autoconfigure;

import java.net.URI;

import dev.ucare.client.UploadcareClient;
import dev.ucare.client.cdn.CdnBase;
import dev.ucare.client.secure.AkamaiAclTokenBuilder;
import dev.ucare.client.secure.AkamaiUrlTokenBuilder;
import dev.ucare.client.secure.SecureUrlBuilder;

import org.springframework.util.StringUtils;

/** Maps {@link UploadcareProperties} onto an {@link UploadcareClient.Builder}. */
final class UploadcareClientSettings {

	private UploadcareClientSettings() {
	}

	static void apply(UploadcareProperties properties, UploadcareClient.Builder builder) {
		builder.publicKey(properties.publicKey());
		if (properties.hasSecretKey()) {
			builder.secretKey(properties.secretKey());
		}
		builder.uploadBaseUrl(properties.upload().baseUrl());
		builder.restBaseUrl(properties.rest().baseUrl());
		builder.authScheme(properties.rest().authScheme());
		URI cdn = cdnBaseUrl(properties);
		if (cdn != null) {
			builder.cdnBaseUrl(cdn);
		}
		UploadcareProperties.Upload upload = properties.upload();
		builder.multipartThreshold(upload.multipartThreshold().toBytes());
		builder.partSize(upload.partSize().toBytes());
		builder.uploadConcurrency(upload.concurrency());
		builder.signedUploads(upload.signed());
		builder.signatureTtl(upload.signatureTtl());
		builder.defaultStore(properties.store());
		if (properties.secureDelivery().isConfigured()) {
			builder.secureUrlBuilder(secureUrlBuilder(properties.secureDelivery()));
		}
		builder.userAgentExtension("spring-boot");
	}

	/** The secure URL builder configured by {@code uploadcare.secure-delivery.*}. */
	static SecureUrlBuilder secureUrlBuilder(UploadcareProperties.SecureDelivery secure) {
		if (!StringUtils.hasText(secure.cdnHost())) {
			throw new IllegalStateException(
					"Secure delivery needs 'uploadcare.secure-delivery.cdn-host' when 'uploadcare.secure-delivery.secret' is set");
		}
		return switch (secure.type()) {
			case ACL -> new AkamaiAclTokenBuilder(secure.cdnHost(), secure.secret(), secure.window());
			case URL -> new AkamaiUrlTokenBuilder(secure.cdnHost(), secure.secret(), secure.window());
		};
	}

	/**
	 * The CDN base: explicit base URL, else custom CNAME, else the project's subdomain,
	 * else {@code null}.
	 */
	static URI cdnBaseUrl(UploadcareProperties properties) {
		UploadcareProperties.Cdn cdn = properties.cdn();
		if (cdn.baseUrl() != null) {
			return cdn.baseUrl();
		}
		if (StringUtils.hasText(cdn.cname())) {
			String cname = cdn.cname().trim();
			return URI.create(cname.contains("://") ? cname : "https://" + cname + "/");
		}
		if (cdn.projectSubdomain()) {
			return CdnBase.forProject(properties.publicKey()).uri();
		}
		return null;
	}

}
