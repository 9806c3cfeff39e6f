package dev.ucare.boot.autoconfigure.actuate;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UploadcareSanitizingAutoConfiguration}; the endpoints over HTTP are in
 * {@code UploadcareApplicationTests}.
 */
class UploadcareSanitizingAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(UploadcareSanitizingAutoConfiguration.class));

	@Test
	void masksEverySecretOfTheStarterInEveryNameForm() {
		runner.run((context) -> {
			SanitizingFunction function = context.getBean("uploadcareSanitizingFunction", SanitizingFunction.class);
			for (String key : new String[] { "uploadcare.secret-key", "uploadcare.secretKey", "UPLOADCARE_SECRET_KEY",
					"uploadcare.webhooks.signing-secret", "uploadcare.webhooks.signingSecret",
					"UPLOADCARE_WEBHOOKS_SIGNINGSECRET", "uploadcare.secure-delivery.secret",
					"uploadcare.secureDelivery.secret", "UPLOADCARE_SECUREDELIVERY_SECRET" }) {
				assertThat(function.applyUnlessFiltered(new SanitizableData(null, key, "hidden")).getValue()).as(key)
					.isEqualTo(SanitizableData.SANITIZED_VALUE);
			}
			for (String key : new String[] { "uploadcare.public-key", "uploadcare.rest.base-url",
					"uploadcare.secure-delivery.cdn-host", "other.secret-key" }) {
				assertThat(function.applyUnlessFiltered(new SanitizableData(null, key, "shown")).getValue()).as(key)
					.isEqualTo("shown");
			}
		});
	}

	@Test
	void absentWithoutActuator() {
		runner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("uploadcareSanitizingFunction"));
	}

}
