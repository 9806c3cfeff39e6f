package dev.ucare.benchmarks.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import dev.ucare.client.UploadcareClient;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@link UploadcareClient} bean of a Spring Boot application (no web server) with the
 * starter, for {@link WarmBenchmark} with {@code -Dbench.client=boot} (the HTTP client
 * the starter picks when the application chose none) or {@code boot-jdk} (Boot's JDK
 * {@code HttpClient} factory, chosen with
 * {@code spring.http.clients.imperative.factory=jdk}). Needs the benchmarks' whole class
 * path ({@code $CP}), not the plain client's.
 */
final class BootClient {

	private BootClient() {
	}

	static UploadcareClient create(String variant, String publicKey, String secretKey, URI upload, URI rest) {
		List<String> args = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
				"--uploadcare.public-key=" + publicKey, "--uploadcare.secret-key=" + secretKey,
				"--uploadcare.upload.base-url=" + upload, "--uploadcare.rest.base-url=" + rest));
		switch (variant) {
			case "boot" -> {
			}
			case "boot-jdk" -> args.add("--spring.http.clients.imperative.factory=jdk");
			default -> throw new IllegalArgumentException("bench.client: plain, boot or boot-jdk, not " + variant);
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
		return context.getBean(UploadcareClient.class);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}
