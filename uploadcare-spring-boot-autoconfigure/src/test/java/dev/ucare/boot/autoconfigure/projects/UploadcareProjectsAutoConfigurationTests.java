package dev.ucare.boot.autoconfigure.projects;

import java.net.URI;
import java.util.Map;

import dev.ucare.boot.autoconfigure.EmulatorContextRunner;
import dev.ucare.boot.autoconfigure.EmulatorPropertyValues;
import dev.ucare.boot.autoconfigure.MarketingProject;
import dev.ucare.boot.autoconfigure.UploadcarePropertyValues;
import dev.ucare.boot.autoconfigure.health.UploadcareHealthContributorAutoConfiguration;
import dev.ucare.boot.autoconfigure.metrics.UploadcareMetricsAutoConfiguration;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.cdn.CdnBase;
import dev.ucare.emulator.SeedFile;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link UploadcareProjectsAutoConfiguration}: the {@link UploadcareClients} registry of
 * {@code uploadcare.projects.<name>.*}, against an emulator that knows a second project,
 * with per-project meters and health.
 */
class UploadcareProjectsAutoConfigurationTests {

	private static final String MARKETING_PUBLIC_KEY = MarketingProject.PUBLIC_KEY;

	private static final String MARKETING_SECRET_KEY = MarketingProject.SECRET_KEY;

	@RegisterExtension
	static final UploadcareEmulatorExtension uploadcare = MarketingProject.emulatorExtension();

	private UploadcareEmulator emulator;

	private ApplicationContextRunner runner;

	@BeforeEach
	void useTheEmulator() {
		emulator = uploadcare.emulator();
		runner = EmulatorContextRunner.of(emulator, UploadcareProjectsAutoConfiguration.class)
			.withPropertyValues(EmulatorPropertyValues.fastRetries());
	}

	private ApplicationContextRunner withMarketing() {
		return runner.withPropertyValues(MarketingProject.propertyValues());
	}

	@Test
	void withoutProjectsTheRegistryHoldsTheDefaultClientExactlyAsBefore() {
		runner.run((context) -> {
			UploadcareClients clients = context.getBean(UploadcareClients.class);
			UploadcareClient client = context.getBean(UploadcareClient.class);
			assertThat(clients.projects()).containsExactly("default");
			assertThat(clients.getDefault()).isSameAs(client);
			assertThat(clients.get(null)).isSameAs(client);
			assertThat(clients.get("default")).isSameAs(client);
			assertThatThrownBy(() -> clients.get("marketing")).isInstanceOf(UnknownUploadcareProjectException.class)
				.hasMessage("No Uploadcare project 'marketing' is configured (set uploadcare.projects.marketing"
						+ ".public-key); known projects: default");
			assertThat(context).doesNotHaveBean("uploadcareProjectsHealthContributor");
		});
	}

	@Test
	void eachProjectGetsAClientWithItsOwnKeysAndTheDefaultsBaseUrls() {
		String marketingFile = emulator
			.seedFile(
					SeedFile.of(null, "m.png", new byte[] { 1 }).withStored(false).withPublicKey(MARKETING_PUBLIC_KEY))
			.uuid();
		String ownFile = emulator.seedFile(SeedFile.of(null, "o.png", new byte[] { 2 }).withStored(false)).uuid();
		withMarketing().run((context) -> {
			UploadcareClients clients = context.getBean(UploadcareClients.class);
			assertThat(clients.projects()).containsExactly("default", "marketing");
			UploadcareClient marketing = clients.get("marketing");
			assertThat(marketing).isNotSameAs(context.getBean(UploadcareClient.class));
			assertThat(marketing.publicKey()).isEqualTo(MARKETING_PUBLIC_KEY);
			assertThat(marketing.projectName()).as("the project key of its observations").isEqualTo("marketing");
			assertThat(marketing.hasSecretKey()).isTrue();
			assertThat(marketing.uploadBaseUrl()).isEqualTo(emulator.uploadBaseUrl());
			assertThat(marketing.files().storeAll(java.util.List.of(marketingFile, ownFile)).problems())
				.containsOnlyKeys(ownFile);
			assertThat(emulator.file(marketingFile).orElseThrow().isStored()).isTrue();
			assertThat(emulator.requestLog().matching("^/files/storage/$").get(0).header("Authorization"))
				.contains(MARKETING_PUBLIC_KEY + ":")
				.doesNotContain(MARKETING_SECRET_KEY);
			assertThat(clients.get("default").files().get(ownFile).uuid()).isEqualTo(ownFile);
		});
	}

	@Test
	void theClientsItBuiltAreClosedWithTheContext() {
		UploadcareClient[] clients = new UploadcareClient[2];
		withMarketing().run((context) -> {
			clients[0] = context.getBean(UploadcareClients.class).get("marketing");
			clients[1] = context.getBean(UploadcareClient.class);
			assertThat(clients[0].isClosed()).isFalse();
		});
		assertThat(clients[0].isClosed()).isTrue();
		assertThat(clients[1].isClosed()).isTrue();
	}

	@Test
	void aRegistryMadeOfYourClientsLeavesThemOpen() throws Exception {
		UploadcareClient own = UploadcareClient.builder().publicKey("own").build();
		UploadcareClient other = UploadcareClient.builder().publicKey("other").build();
		UploadcareClients clients = UploadcareClients.of(own, Map.of("other", other));
		assertThat(clients.get("other")).isSameAs(other);
		((AutoCloseable) clients).close();
		assertThat(own.isClosed()).isFalse();
		assertThat(other.isClosed()).isFalse();
		other.close();
		own.close();
	}

	@Test
	void aProjectWithoutASecretKeyIsUploadOnlyAndNeverBorrowsTheDefaultOnes() {
		runner
			.withPropertyValues("uploadcare.projects.marketing.public-key=" + MARKETING_PUBLIC_KEY,
					"uploadcare.secure-delivery.secret=00ff", "uploadcare.secure-delivery.cdn-host=cdn.example.com")
			.run((context) -> {
				UploadcareClient marketing = context.getBean(UploadcareClients.class).get("marketing");
				assertThat(marketing.hasSecretKey()).isFalse();
				assertThat(marketing.hasSecureUrls()).isFalse();
				assertThat(context.getBean(UploadcareClient.class).hasSecureUrls()).isTrue();
			});
	}

	@Test
	void aProjectMaySetItsOwnBaseUrlsAndCdn() {
		runner.withPropertyValues("uploadcare.projects.eu.public-key=eupublickey",
				"uploadcare.projects.eu.upload.base-url=https://upload.eu.example/",
				"uploadcare.projects.eu.rest.base-url=https://api.eu.example/",
				"uploadcare.projects.eu.cdn.cname=cdn.eu.example", "uploadcare.projects.sub.public-key=subpublickey",
				"uploadcare.projects.sub.cdn.project-subdomain=true")
			.run((context) -> {
				UploadcareClients clients = context.getBean(UploadcareClients.class);
				UploadcareClient eu = clients.get("eu");
				assertThat(eu.uploadBaseUrl()).isEqualTo(URI.create("https://upload.eu.example/"));
				assertThat(eu.toString()).contains("rest=https://api.eu.example/");
				assertThat(eu.cdn().url("3d1bb7a8-4a4c-4b0a-8f2c-6f7a6f1b1c11").toString())
					.startsWith("https://cdn.eu.example/");
				assertThat(clients.get("sub").cdn().url("3d1bb7a8-4a4c-4b0a-8f2c-6f7a6f1b1c11").toString())
					.startsWith(CdnBase.forProject("subpublickey").uri().toString());
			});
	}

	@Test
	void badProjectsStopStartUpNamingTheProperty() {
		runner.withPropertyValues("uploadcare.projects.default.public-key=x")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("uploadcare.projects.default is not allowed: 'default' is the project of the "
						+ "uploadcare.* properties"));
		runner.withPropertyValues("uploadcare.projects.marketing.secret-key=x")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("uploadcare.projects.marketing.public-key must be set"));
		runner
			.withPropertyValues("uploadcare.projects.marketing.public-key=x",
					"uploadcare.projects.marketing.rest.base-url=ftp://files.example/")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("uploadcare.projects.marketing.rest.base-url must be an absolute http or https "
						+ "URL with a host and no query, e.g. https://api.uploadcare.com/, was 'ftp://files.example/'"));
		// the default project's rule: no query either
		runner
			.withPropertyValues("uploadcare.projects.marketing.public-key=x",
					"uploadcare.projects.marketing.cdn.base-url=https://cdn.example/?v=1")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("uploadcare.projects.marketing.cdn.base-url must be an absolute http or https "
						+ "URL with a host and no query"));
	}

	@Test
	void secretsOfProjectsAreNeverShown() {
		withMarketing().run((context) -> {
			assertThat(context.getBean(UploadcareProjectsProperties.class).toString())
				.doesNotContain(MARKETING_SECRET_KEY)
				.contains("secretKey=******");
			assertThat(context.getBean(UploadcareClients.class).get("marketing").toString())
				.doesNotContain(MARKETING_SECRET_KEY);
		});
		assertThat(UploadcarePropertyValues.isSecret("uploadcare.projects.marketing.secret-key")).isTrue();
		assertThat(UploadcarePropertyValues.isSecret("UPLOADCARE_PROJECTS_MARKETING_SECRETKEY")).isTrue();
	}

	@Test
	void aRegistryOfYourOwnWins() {
		withMarketing()
			.withBean(UploadcareClients.class,
					() -> UploadcareClients.of(UploadcareClient.builder().publicKey("mine").build(), Map.of()))
			.run((context) -> assertThat(context.getBean(UploadcareClients.class).getDefault().publicKey())
				.isEqualTo("mine"));
	}

	@Test
	void metersOfEachProjectsClientCarryItsName() {
		withMarketing().withConfiguration(AutoConfigurations.of(UploadcareMetricsAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class)
			.run((context) -> {
				UploadcareClients clients = context.getBean(UploadcareClients.class);
				SimpleMeterRegistry meters = context.getBean(SimpleMeterRegistry.class);
				context.getBean(dev.ucare.boot.autoconfigure.metrics.UploadcareMeters.class).bindTo(meters);
				assertThat(meters.get("uploadcare.retries").tags("project", "marketing").counters())
					.as("every api and reason at 0 from start")
					.hasSize(9)
					.allSatisfy((counter) -> assertThat(counter.count()).isZero());
				emulator.faults().throttle(1, 0).forPaths("^/project/$");
				clients.get("marketing").project().get();
				emulator.faults().throttle(1, 0).forPaths("^/project/$");
				clients.getDefault().project().get();
				SimpleMeterRegistry registry = context.getBean(SimpleMeterRegistry.class);
				assertThat(registry.get("uploadcare.retries")
					.tags("project", "marketing", "api", "rest", "reason", "throttled")
					.counter()
					.count()).isEqualTo(1);
				assertThat(registry.get("uploadcare.retries")
					.tags("project", "default", "api", "rest", "reason", "throttled")
					.counter()
					.count()).isEqualTo(1);
			});
	}

	@Test
	void eachProjectHasItsHealthIndicator() {
		withMarketing()
			.withPropertyValues("uploadcare.projects.broken.public-key=unknownpublickey",
					"uploadcare.projects.broken.secret-key=unknownsecretkey", "uploadcare.health.cache-ttl=0s")
			.withConfiguration(AutoConfigurations.of(UploadcareHealthContributorAutoConfiguration.class))
			.run((context) -> {
				CompositeHealthContributor projects = context.getBean("uploadcareProjectsHealthContributor",
						CompositeHealthContributor.class);
				assertThat(((HealthIndicator) projects.getContributor("marketing")).health().getStatus())
					.isEqualTo(Status.UP);
				assertThat(((HealthIndicator) projects.getContributor("broken")).health().getStatus())
					.isEqualTo(Status.DOWN);
				assertThat(projects.getContributor("default")).isNull();
				assertThat(context).hasBean("uploadcareHealthIndicator");
			});
	}

}
