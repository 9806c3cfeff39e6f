package dev.ucare.boot.autoconfigure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import dev.ucare.client.AuthScheme;
import dev.ucare.client.HttpSettings;
import dev.ucare.client.RetrySettings;
import dev.ucare.client.Store;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.UploadcareConfigurationException;
import dev.ucare.client.UploadcareNetworkException;
import dev.ucare.client.addons.AddonOperations;
import dev.ucare.client.cdn.CdnUrls;
import dev.ucare.client.conversion.ConversionOperations;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.groups.GroupOperations;
import dev.ucare.client.metadata.MetadataOperations;
import dev.ucare.client.project.ProjectOperations;
import dev.ucare.client.secure.AkamaiAclTokenBuilder;
import dev.ucare.client.secure.AkamaiUrlTokenBuilder;
import dev.ucare.client.secure.SecureUrlBuilder;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.webhooks.WebhookOperations;
import dev.ucare.emulator.LoggedRequest;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link UploadcareAutoConfiguration} with Spring Boot's HTTP client auto-configuration,
 * against an emulator over real HTTP.
 */
@ExtendWith(OutputCaptureExtension.class)
class UploadcareAutoConfigurationTests {

	private static final String UUID = "3f7c1d1e-5a4f-4b0e-9d0c-6d6f5b2b8a11";

	private static final AutoConfigurations BOOT_HTTP = AutoConfigurations.of(HttpClientAutoConfiguration.class,
			ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class);

	@RegisterExtension
	static final UploadcareEmulatorExtension uploadcare = new UploadcareEmulatorExtension();

	private UploadcareEmulator emulator;

	private ApplicationContextRunner runner;

	private String secretKey;

	@BeforeEach
	void useTheEmulator() {
		emulator = uploadcare.emulator();
		runner = new ApplicationContextRunner().withConfiguration(BOOT_HTTP)
			.withConfiguration(AutoConfigurations.of(UploadcareAutoConfiguration.class))
			.withPropertyValues(EmulatorPropertyValues.withoutSecretKey(emulator))
			.withPropertyValues("uploadcare.retry.initial-delay=1ms", "uploadcare.retry.max-delay=10ms");
		secretKey = EmulatorPropertyValues.secretKey(emulator);
	}

	static FailureAnalysis analysis(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = new UploadcareFailureAnalyzer().analyze(context.getStartupFailure());
		assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
		return analysis;
	}

	@Nested
	class Client {

		@Test
		void withBothKeysEveryServiceIsABeanAndNothingCallsTheNetwork() {
			runner.withPropertyValues(secretKey).run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(UploadcareClient.class)
					.hasSingleBean(UploadcareClientBuilderConfigurer.class)
					.hasSingleBean(UploadcareConnectionDetails.class)
					.hasSingleBean(FileOperations.class)
					.hasSingleBean(GroupOperations.class)
					.hasSingleBean(MetadataOperations.class)
					.hasSingleBean(ProjectOperations.class)
					.hasSingleBean(WebhookOperations.class)
					.hasSingleBean(UploadOperations.class)
					.hasSingleBean(ConversionOperations.class)
					.doesNotHaveBean(SecureUrlBuilder.class);
				UploadcareClient client = context.getBean(UploadcareClient.class);
				assertThat(client.hasSecretKey()).isTrue();
				assertThat(client.toString()).doesNotContain(emulator.secretKey());
				assertThat(context.getBean(FileOperations.class)).isSameAs(client.files());
				assertThat(context.getBean(ProjectOperations.class)).isSameAs(client.project());
				assertThat(emulator.requestLog().all()).isEmpty();
			});
		}

		@Test
		void theServiceBeansAreCreatedWhenFirstAskedFor() {
			List<String> services = List.of("uploadcareFileOperations", "uploadcareGroupOperations",
					"uploadcareMetadataOperations", "uploadcareProjectOperations", "uploadcareWebhookOperations",
					"uploadcareUploadOperations", "uploadcareConversionOperations", "uploadcareAddonOperations",
					"uploadcareCdnUrls");
			runner.withPropertyValues(secretKey).run((context) -> {
				assertThat(context).hasNotFailed();
				ConfigurableListableBeanFactory beans = context.getBeanFactory();
				assertThat(services).allSatisfy((name) -> {
					assertThat(beans.getBeanDefinition(name).isLazyInit()).as(name).isTrue();
					assertThat(beans.containsSingleton(name)).as(name).isFalse();
				});
				UploadcareClient client = context.getBean(UploadcareClient.class);
				assertThat(context.getBean(AddonOperations.class)).isSameAs(client.addons());
				assertThat(context.getBean(CdnUrls.class)).isSameAs(client.cdn());
				assertThat(beans.containsSingleton("uploadcareAddonOperations")).isTrue();
			});
		}

		@Test
		void restCallsGoToTheConfiguredBaseUrlWithTheSignedScheme() {
			runner.withPropertyValues(secretKey).run((context) -> {
				assertThat(context.getBean(ProjectOperations.class).get().pubKey()).isEqualTo(emulator.publicKey());
				LoggedRequest request = emulator.requestLog().all().get(0);
				assertThat(request.path()).isEqualTo("/project/");
				assertThat(request.header("Authorization")).startsWith("Uploadcare " + emulator.publicKey() + ":")
					.doesNotContain(emulator.secretKey());
			});
		}

		@Test
		void simpleAuthSchemeIsApplied() {
			runner.withPropertyValues(secretKey, "uploadcare.rest.auth-scheme=simple").run((context) -> {
				context.getBean(ProjectOperations.class).get();
				assertThat(emulator.requestLog().all().get(0).header("Authorization"))
					.startsWith("Uploadcare.Simple " + emulator.publicKey() + ":");
			});
		}

		@Test
		void withoutSecretKeyRestBeansFailClearlyAndUploadOnlyModeIsLoggedOnce(CapturedOutput output) {
			runner.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(FileOperations.class);
				assertThat(context.getBean(UploadcareClient.class).hasSecretKey()).isFalse();
				assertThatExceptionOfType(UploadcareConfigurationException.class)
					.isThrownBy(() -> context.getBean(FileOperations.class).get(UUID))
					.withMessageContaining("uploadcare.secret-key");
				assertThat(emulator.requestLog().all()).isEmpty();
				assertThat(context.getBean(UploadOperations.class).upload("hi".getBytes()).uuid()).isNotBlank();
			});
			assertThat(output.getOut().split("upload-only mode", -1)).hasSize(2);
		}

		@Test
		void aSecretKeyPlaceholderOfAnUnsetVariableMeansUploadOnlyMode(CapturedOutput output) {
			runner.withPropertyValues("uploadcare.secret-key=${UPLOADCARE_TEST_VARIABLE_THAT_IS_NOT_SET}")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBean(UploadcareClient.class).hasSecretKey()).isFalse();
				});
			assertThat(output).contains("upload-only mode");
		}

		@Test
		void anEmptySecretKeyMeansUploadOnlyMode() {
			runner.withPropertyValues("uploadcare.secret-key=")
				.run((context) -> assertThat(context.getBean(UploadcareClient.class).hasSecretKey()).isFalse());
		}

		@Test
		void withoutPublicKeyStartupFailsAndTheAnalyzerSaysWhatToSet() {
			new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(UploadcareAutoConfiguration.class))
				.run((context) -> {
					FailureAnalysis analysis = analysis(context);
					assertThat(analysis.getDescription()).contains("no public key")
						.contains("Property: uploadcare.public-key");
					assertThat(analysis.getAction()).contains("uploadcare.public-key")
						.contains("UPLOADCARE_PUBLIC_KEY")
						.contains("UploadcareConnectionDetails");
				});
		}

		@Test
		void blankPublicKeyIsMissingToo() {
			new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(UploadcareAutoConfiguration.class))
				.withPropertyValues("uploadcare.public-key=  ")
				.run((context) -> assertThat(analysis(context).getDescription()).contains("no public key"));
		}

		@Test
		void signedUploadsWithoutSecretKeyFailWithAnExplanation() {
			runner.withPropertyValues("uploadcare.upload.signed=true").run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(analysis.getDescription()).contains("Property: uploadcare.upload.signed");
				assertThat(analysis.getAction()).contains("uploadcare.secret-key")
					.contains("uploadcare.upload.signed=false");
			});
		}

		/**
		 * Spring infers {@code close()} of an {@link AutoCloseable} client; closing stops
		 * its threads and the HTTP client it made.
		 */
		@Test
		void theClientBeanIsClosedWithTheContext() {
			AtomicReference<UploadcareClient> client = new AtomicReference<>();
			runner.withPropertyValues(secretKey).run((context) -> {
				AbstractBeanDefinition definition = (AbstractBeanDefinition) context.getBeanFactory()
					.getBeanDefinition("uploadcareClient");
				assertThat(definition.getDestroyMethodName()).isEqualTo(AbstractBeanDefinition.INFER_METHOD);
				client.set(context.getBean(UploadcareClient.class));
				assertThat(client.get().project().get()).isNotNull();
			});
			assumeTrue(AutoCloseable.class.isAssignableFrom(UploadcareClient.class),
					"UploadcareClient is not AutoCloseable on this branch yet");
			int requests = emulator.requestLog().all().size();
			assertThatIllegalStateException().isThrownBy(() -> client.get().project().get());
			assertThat(emulator.requestLog().all()).hasSize(requests);
		}

		@Test
		void theBuilderBeanIsAPrototypeForFurtherClients() {
			emulator.addProject("otherpublickey", "othersecretkey");
			runner.withPropertyValues(secretKey, "uploadcare.http.read-timeout=200ms")
				.withUserConfiguration(CountingCustomizer.class)
				.run((context) -> {
					CountingCustomizer customizer = context.getBean(CountingCustomizer.class);
					assertThat(customizer.calls).hasValue(1);
					UploadcareClient.Builder first = context.getBean(UploadcareClient.Builder.class);
					UploadcareClient.Builder second = context.getBean(UploadcareClient.Builder.class);
					assertThat(first).isNotSameAs(second);
					assertThat(customizer.calls).hasValue(3);
					// a call that must succeed gets more than the 200 ms meant for
					// the timeout check below, which a loaded machine can exceed
					UploadcareClient other = first.publicKey("otherpublickey")
						.secretKey("othersecretkey")
						.readTimeout(Duration.ofSeconds(30))
						.build();
					assertThat(other.project().get().pubKey()).isEqualTo("otherpublickey");
					// the configured timeout applies to further clients too
					emulator.faults().latency(Duration.ofSeconds(2));
					assertThatExceptionOfType(UploadcareNetworkException.class)
						.isThrownBy(() -> second.retry(RetrySettings.NONE).build().project().get());
				});
		}

	}

	@Nested
	class ConnectionDetails {

		@Test
		void byDefaultTheyAreTheProperties() {
			runner.withPropertyValues(secretKey, "uploadcare.cdn.cname=cdn.example.com").run((context) -> {
				UploadcareConnectionDetails details = context.getBean(UploadcareConnectionDetails.class);
				assertThat(details).isInstanceOf(PropertiesUploadcareConnectionDetails.class);
				assertThat(details.getPublicKey()).isEqualTo(emulator.publicKey());
				assertThat(details.getSecretKey()).isEqualTo(emulator.secretKey());
				assertThat(details.getRestBaseUrl()).isEqualTo(emulator.restBaseUrl());
				assertThat(details.getUploadBaseUrl()).isEqualTo(emulator.uploadBaseUrl());
				assertThat(details.getCdnBaseUrl()).isEqualTo(URI.create("https://cdn.example.com/"));
				assertThat(details.toString()).doesNotContain(emulator.secretKey());
			});
		}

		@Test
		void unsetBaseUrlsAreUploadcaresOwn() {
			new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(UploadcareAutoConfiguration.class))
				.withPropertyValues("uploadcare.public-key=demopublickey", "uploadcare.rest.base-url=")
				.run((context) -> {
					UploadcareConnectionDetails details = context.getBean(UploadcareConnectionDetails.class);
					assertThat(details.getRestBaseUrl()).isEqualTo(UploadcareClient.DEFAULT_REST_BASE_URL);
					assertThat(details.getUploadBaseUrl()).isEqualTo(UploadcareClient.DEFAULT_UPLOAD_BASE_URL);
					assertThat(details.getCdnBaseUrl()).isNull();
					assertThat(details.getSecretKey()).isNull();
				});
		}

		@Test
		void anApplicationsConnectionDetailsReplaceTheProperties() {
			new ApplicationContextRunner().withConfiguration(BOOT_HTTP)
				.withConfiguration(AutoConfigurations.of(UploadcareAutoConfiguration.class))
				.withPropertyValues("uploadcare.public-key=ignoredpublickey", "uploadcare.secret-key=ignored",
						"uploadcare.rest.base-url=http://127.0.0.1:9/",
						"uploadcare.upload.base-url=http://127.0.0.1:9/")
				.withBean(UploadcareConnectionDetails.class, () -> new EmulatorConnectionDetails(emulator))
				.run((context) -> {
					assertThat(context).hasSingleBean(UploadcareConnectionDetails.class)
						.doesNotHaveBean(PropertiesUploadcareConnectionDetails.class);
					UploadcareClient client = context.getBean(UploadcareClient.class);
					assertThat(client.publicKey()).isEqualTo(emulator.publicKey());
					assertThat(client.project().get().pubKey()).isEqualTo(emulator.publicKey());
					assertThat(client.uploads().upload("hi".getBytes()).uuid()).isNotBlank();
					assertThat(client.cdn().url(UUID).toString()).startsWith(emulator.cdnBaseUrl().toString());
				});
		}

		@Test
		void theyComeAfterThePropertiesAndBeforeTheCustomizers() {
			runner
				.withPropertyValues("uploadcare.public-key=ignoredpublickey",
						"uploadcare.rest.base-url=http://127.0.0.1:9/")
				.withBean(UploadcareConnectionDetails.class, () -> new EmulatorConnectionDetails(emulator))
				.withBean(UploadcareClientCustomizer.class,
						() -> (builder) -> builder.cdnBaseUrl(URI.create("https://customized.example.com/")))
				.run((context) -> {
					UploadcareClient client = context.getBean(UploadcareClient.class);
					assertThat(client.project().get().pubKey()).isEqualTo(emulator.publicKey());
					assertThat(client.cdn().url(UUID).getHost()).isEqualTo("customized.example.com");
				});
		}

	}

	@Nested
	class Http {

		@Test
		void theReadTimeoutPropertyApplies() {
			emulator.faults().latency(Duration.ofSeconds(2));
			runner.withPropertyValues(secretKey, "uploadcare.http.read-timeout=200ms", "uploadcare.retry.max-retries=0")
				.run((context) -> assertThatExceptionOfType(UploadcareNetworkException.class)
					.isThrownBy(() -> context.getBean(ProjectOperations.class).get()));
		}

		@Test
		void springHttpClientsTimeoutsApplyWhenUploadcaresAreUnset() {
			emulator.faults().latency(Duration.ofSeconds(2));
			runner
				.withPropertyValues(secretKey, "spring.http.clients.read-timeout=200ms",
						"uploadcare.retry.max-retries=0")
				.run((context) -> assertThatExceptionOfType(UploadcareNetworkException.class)
					.isThrownBy(() -> context.getBean(ProjectOperations.class).get()));
		}

		@Test
		void uploadcaresTimeoutsWinOverSpringHttpClients() {
			emulator.faults().latency(Duration.ofMillis(500));
			runner
				.withPropertyValues(secretKey, "spring.http.clients.read-timeout=100ms",
						"uploadcare.http.read-timeout=20s", "uploadcare.retry.max-retries=0")
				.run((context) -> assertThat(context.getBean(ProjectOperations.class).get()).isNotNull());
		}

		@Test
		void aCustomizersTimeoutApplies() {
			emulator.faults().latency(Duration.ofSeconds(2));
			runner.withPropertyValues(secretKey, "uploadcare.retry.max-retries=0")
				.withBean(UploadcareClientCustomizer.class,
						() -> (builder) -> builder.readTimeout(Duration.ofMillis(200)))
				.run((context) -> assertThatExceptionOfType(UploadcareNetworkException.class)
					.isThrownBy(() -> context.getBean(ProjectOperations.class).get()));
		}

		@Test
		void timeoutsApplyToTheRestClientBuilderOfACustomizer() {
			emulator.faults().latency(Duration.ofSeconds(2));
			runner.withPropertyValues(secretKey, "uploadcare.http.read-timeout=200ms", "uploadcare.retry.max-retries=0")
				.withBean(UploadcareClientCustomizer.class,
						() -> (builder) -> builder.restClientBuilder(RestClient.builder()))
				.run((context) -> assertThatExceptionOfType(UploadcareNetworkException.class)
					.isThrownBy(() -> context.getBean(ProjectOperations.class).get()));
		}

		@Test
		void bootsRestClientBuilderIsUsedSoItsCustomizersApply() {
			AtomicInteger intercepted = new AtomicInteger();
			runner.withPropertyValues(secretKey)
				.withBean(RestClientCustomizer.class,
						() -> (builder) -> builder.requestInterceptor((request, body, execution) -> {
							intercepted.incrementAndGet();
							return execution.execute(request, body);
						}))
				.run((context) -> {
					context.getBean(ProjectOperations.class).get();
					assertThat(intercepted).hasValue(1);
				});
		}

		/**
		 * Boot's {@code RestClient.Builder} bean comes with a request factory from Boot's
		 * builder (here a JDK {@code HttpClient}, which starts a selector thread), which
		 * the client would replace: the client rebuilds Boot's builder without it.
		 */
		@Test
		void bootsRestClientBuilderIsRebuiltWithoutItsRequestFactory() {
			AtomicInteger customized = new AtomicInteger();
			runner.withPropertyValues(secretKey)
				.withBean(RestClientCustomizer.class, () -> (builder) -> customized.incrementAndGet())
				.run((context) -> {
					Set<Thread> before = Thread.getAllStackTraces().keySet();
					context.getBean(ProjectOperations.class).get();
					assertThat(Thread.getAllStackTraces().keySet()).filteredOn((thread) -> !before.contains(thread))
						.extracting(Thread::getName)
						.noneMatch((name) -> name.matches("HttpClient-\\d+-SelectorManager"));
					assertThat(customized).hasValue(1);
				});
		}

		@Test
		void anApplicationsOwnRestClientBuilderIsUsed() {
			AtomicInteger intercepted = new AtomicInteger();
			runner.withPropertyValues(secretKey)
				.withBean(RestClient.Builder.class,
						() -> RestClient.builder().requestInterceptor((request, body, execution) -> {
							intercepted.incrementAndGet();
							return execution.execute(request, body);
						}))
				.run((context) -> {
					context.getBean(ProjectOperations.class).get();
					assertThat(intercepted).hasValue(1);
				});
		}

		@Test
		void aRestClientBuilderWithInterceptorsIsReportedOnce(CapturedOutput output) {
			runner.withPropertyValues(secretKey)
				.withBean(RestClientCustomizer.class,
						() -> (builder) -> builder
							.requestInterceptor((request, body, execution) -> execution.execute(request, body)))
				.run((context) -> {
					context.getBean(ProjectOperations.class).get();
					context.getBean(UploadOperations.class).upload("hi".getBytes());
				});
			assertThat(output.getOut().split("interceptor\\(s\\)", -1)).hasSize(2);
		}

		@Test
		void bootsRestClientBuilderAndHttpClientAreCreatedOnTheFirstRequest() {
			AtomicInteger builders = new AtomicInteger();
			AtomicInteger requestFactories = new AtomicInteger();
			runner.withPropertyValues(secretKey)
				.withBean("countBuilders", RestClientCustomizer.class, () -> (builder) -> builders.incrementAndGet())
				.withBean(UploadcareClientCustomizer.class, () -> (builder) -> builder.requestFactory((settings) -> {
					requestFactories.incrementAndGet();
					return new org.springframework.http.client.JdkClientHttpRequestFactory();
				}))
				.run((context) -> {
					assertThat(context.getBean(UploadcareClient.class)).isNotNull();
					assertThat(builders).hasValue(0);
					assertThat(requestFactories).hasValue(0);
					context.getBean(ProjectOperations.class).get();
					context.getBean(ProjectOperations.class).get();
					context.getBean(UploadOperations.class).upload("hi".getBytes());
					assertThat(builders).hasValue(1);
					assertThat(requestFactories).hasValue(1);
				});
		}

		/**
		 * Streamed, the body is written by the HTTP client's own threads as it is sent;
		 * buffered, Spring first copies it into memory on the calling thread.
		 */
		@Test
		void uploadsStreamWithBootsRestClientBuilder(@TempDir Path directory) throws IOException {
			Path file = largeFile(directory);
			runner.withPropertyValues(secretKey, "uploadcare.upload.multipart-threshold=90MB").run((context) -> {
				UploadOperations uploads = context.getBean(UploadOperations.class);
				uploads.upload("warm-up".getBytes());
				long allocated = allocatedByThisThread(() -> uploads.upload(file));
				assertThat(allocated).as("bytes allocated by the calling thread").isLessThan(FILE_SIZE / 4);
			});
		}

		/** The control of the test above: it does see buffering. */
		@Test
		void aRestClientBuilderWithInterceptorsMakesSpringBufferUploads(@TempDir Path directory) throws IOException {
			Path file = largeFile(directory);
			runner.withPropertyValues(secretKey, "uploadcare.upload.multipart-threshold=90MB")
				.withBean(RestClientCustomizer.class,
						() -> (builder) -> builder
							.requestInterceptor((request, body, execution) -> execution.execute(request, body)))
				.run((context) -> {
					UploadOperations uploads = context.getBean(UploadOperations.class);
					uploads.upload("warm-up".getBytes());
					assertThat(allocatedByThisThread(() -> uploads.upload(file))).isGreaterThan(FILE_SIZE);
				});
		}

		private static final long FILE_SIZE = 48L * 1024 * 1024;

		private Path largeFile(Path directory) throws IOException {
			Path file = directory.resolve("large.bin");
			try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
				raf.setLength(FILE_SIZE);
			}
			return file;
		}

		private long allocatedByThisThread(Runnable action) {
			com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
				.getThreadMXBean();
			long before = threads.getCurrentThreadAllocatedBytes();
			action.run();
			return threads.getCurrentThreadAllocatedBytes() - before;
		}

		@Test
		void withoutAChoiceOfHttpClientTheClientKeepsItsOwnRequestFactory() {
			runner.withPropertyValues(secretKey).run((context) -> {
				context.getBean(ProjectOperations.class).get();
				context.getBean(UploadOperations.class).upload("hi".getBytes());
				assertThat(emulator.requestLog().all()).hasSize(3).allSatisfy(this::sentByHttpUrlConnection);
			});
		}

		@Test
		void withoutAChoiceOfHttpClientSpringHttpClientsTimeoutsStillApply() {
			emulator.faults().latency(Duration.ofSeconds(2));
			runner
				.withPropertyValues(secretKey, "spring.http.clients.read-timeout=200ms",
						"uploadcare.retry.max-retries=0")
				.run((context) -> {
					assertThatExceptionOfType(UploadcareNetworkException.class)
						.isThrownBy(() -> context.getBean(ProjectOperations.class).get());
					assertThat(emulator.requestLog().all()).singleElement().satisfies(this::sentByHttpUrlConnection);
				});
		}

		@Test
		void theFactoryPropertyChoosesBootsRequestFactory() {
			assertBootsRequestFactoryIsUsed(runner.withPropertyValues("spring.http.clients.imperative.factory=jdk"));
		}

		@Test
		void aRedirectPolicyChoosesBootsRequestFactory() {
			assertBootsRequestFactoryIsUsed(runner.withPropertyValues("spring.http.clients.redirects=dont-follow"));
		}

		@Test
		void anSslBundleChoosesBootsRequestFactory(@TempDir Path directory) throws Exception {
			Path truststore = directory.resolve("truststore.p12");
			KeyStore empty = KeyStore.getInstance("PKCS12");
			empty.load(null, null);
			try (OutputStream out = Files.newOutputStream(truststore)) {
				empty.store(out, "secret".toCharArray());
			}
			assertBootsRequestFactoryIsUsed(runner.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
				.withPropertyValues("spring.ssl.bundle.jks.corporate.truststore.location=" + truststore.toUri(),
						"spring.ssl.bundle.jks.corporate.truststore.password=secret",
						"spring.ssl.bundle.jks.corporate.truststore.type=PKCS12",
						"spring.http.clients.ssl.bundle=corporate"));
		}

		@Test
		void aRequestFactoryBuilderCustomizerChoosesBootsRequestFactory() {
			assertBootsRequestFactoryIsUsed(
					runner.withBean(ClientHttpRequestFactoryBuilderCustomizer.class, () -> (builder) -> builder));
		}

		@Test
		void theApplicationsOwnRequestFactoryBuilderIsUsed() {
			AtomicInteger built = new AtomicInteger();
			ClientHttpRequestFactoryBuilder<?> jdk = ClientHttpRequestFactoryBuilder.jdk();
			ApplicationContextRunner withBuilder = runner.withBean(ClientHttpRequestFactoryBuilder.class,
					() -> (settings) -> {
						built.incrementAndGet();
						return jdk.build(settings);
					});
			assertBootsRequestFactoryIsUsed(withBuilder);
			assertThat(built).as("request factories built").hasValue(1);
		}

		private void assertBootsRequestFactoryIsUsed(ApplicationContextRunner runner) {
			runner.withPropertyValues(secretKey).run((context) -> {
				context.getBean(ProjectOperations.class).get();
				context.getBean(UploadOperations.class).upload("hi".getBytes());
				assertThat(emulator.requestLog().all()).hasSize(3)
					.allSatisfy((request) -> assertThat(request.header("Connection")).as("Connection header")
						.isNotEqualToIgnoringCase("keep-alive"));
			});
		}

		/**
		 * The JDK's {@code HttpURLConnection} says {@code Connection: keep-alive}; its
		 * {@code HttpClient} (Boot's default request factory without other HTTP
		 * libraries) does not.
		 */
		private void sentByHttpUrlConnection(LoggedRequest request) {
			assertThat(request.header("Connection")).as("Connection header of %s", request.path())
				.isEqualToIgnoringCase("keep-alive");
		}

		@Test
		void withoutBootsHttpClientSupportTheJdkClientIsUsedWithTheTimeouts() {
			emulator.faults().latency(Duration.ofSeconds(2)).forPaths("^/project/");
			new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(UploadcareAutoConfiguration.class))
				.withClassLoader(new FilteredClassLoader(HttpClientSettings.class, RestClientCustomizer.class))
				.withPropertyValues("uploadcare.public-key=" + emulator.publicKey(), secretKey,
						"uploadcare.rest.base-url=" + emulator.restBaseUrl(), "uploadcare.http.read-timeout=200ms",
						"uploadcare.retry.max-retries=0")
				.run((context) -> {
					assertThat(context).hasNotFailed().hasSingleBean(UploadcareClient.class);
					assertThatExceptionOfType(UploadcareNetworkException.class)
						.isThrownBy(() -> context.getBean(ProjectOperations.class).get());
					emulator.faults().clear();
					assertThat(context.getBean(ProjectOperations.class).get()).isNotNull();
				});
		}

	}

	@Nested
	class Properties {

		@Test
		void propertiesBindDurationsSizesAndEnums() {
			runner
				.withPropertyValues("uploadcare.store=true", "uploadcare.upload.multipart-threshold=20MB",
						"uploadcare.upload.part-size=8MB", "uploadcare.upload.concurrency=2",
						"uploadcare.upload.signed=true", "uploadcare.upload.signature-ttl=10m",
						"uploadcare.http.connect-timeout=2s", "uploadcare.http.read-timeout=5s",
						"uploadcare.retry.max-retries=1", "uploadcare.retry.initial-delay=10ms",
						"uploadcare.webhooks.max-body-size=64KB", "uploadcare.health.cache-ttl=1m", secretKey)
				.run((context) -> {
					UploadcareProperties properties = context.getBean(UploadcareProperties.class);
					assertThat(properties.store()).isEqualTo(Store.TRUE);
					assertThat(properties.upload().multipartThreshold().toMegabytes()).isEqualTo(20);
					assertThat(properties.upload().partSize().toMegabytes()).isEqualTo(8);
					assertThat(properties.upload().concurrency()).isEqualTo(2);
					assertThat(properties.upload().signed()).isTrue();
					assertThat(properties.upload().signatureTtl()).isEqualTo(Duration.ofMinutes(10));
					assertThat(properties.rest().authScheme()).isEqualTo(AuthScheme.SIGNED);
					assertThat(properties.http().connectTimeout()).isEqualTo(Duration.ofSeconds(2));
					assertThat(properties.retry().toRetrySettings())
						.isEqualTo(new RetrySettings(1, Duration.ofMillis(10), 2.0, Duration.ofMillis(10)));
					assertThat(properties.webhooks().maxBodySize().toKilobytes()).isEqualTo(64);
					assertThat(properties.webhooks().path()).isEqualTo("/uploadcare/webhooks");
					assertThat(properties.health().cacheTtl()).isEqualTo(Duration.ofMinutes(1));
				});
		}

		@Test
		void unsetTimeoutsAndRetriesAreTheClientsDefaults() {
			new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(UploadcareAutoConfiguration.class))
				.withPropertyValues("uploadcare.public-key=demopublickey")
				.run((context) -> {
					UploadcareProperties properties = context.getBean(UploadcareProperties.class);
					assertThat(properties.retry().toRetrySettings()).isEqualTo(RetrySettings.DEFAULTS);
					assertThat(properties.http().connectTimeout()).isNull();
					assertThat(properties.http().readTimeout()).isNull();
					assertThat(HttpSettings.DEFAULTS)
						.isEqualTo(new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(60)));
				});
		}

		@Test
		void emptyValuesAreUnset() {
			runner
				.withPropertyValues(secretKey, "uploadcare.secure-delivery.secret=",
						"uploadcare.secure-delivery.cdn-host=", "uploadcare.cdn.cname=", "uploadcare.cdn.base-url=",
						"uploadcare.webhooks.signing-secret=", "uploadcare.http.read-timeout=",
						"uploadcare.retry.max-retries=")
				.run((context) -> {
					assertThat(context).hasNotFailed().doesNotHaveBean(SecureUrlBuilder.class);
					UploadcareProperties properties = context.getBean(UploadcareProperties.class);
					assertThat(properties.secureDelivery().isConfigured()).isFalse();
					assertThat(properties.webhooks().hasSigningSecret()).isFalse();
					assertThat(properties.http().readTimeout()).isNull();
					assertThat(properties.retry().toRetrySettings().maxRetries())
						.isEqualTo(RetrySettings.DEFAULTS.maxRetries());
					assertThat(context.getBean(UploadcareClient.class).cdn().url(UUID))
						.hasToString("https://ucarecdn.com/" + UUID + "/");
				});
		}

		@Test
		void cdnBasePrecedence() {
			runner
				.withPropertyValues("uploadcare.cdn.base-url=http://localhost:1/cdn/", "uploadcare.cdn.cname=x.example",
						"uploadcare.cdn.project-subdomain=true")
				.run((context) -> assertThat(context.getBean(UploadcareClient.class).cdn().url(UUID))
					.hasToString("http://localhost:1/cdn/" + UUID + "/"));
			runner.withPropertyValues("uploadcare.cdn.cname=x.example", "uploadcare.cdn.project-subdomain=true")
				.run((context) -> assertThat(context.getBean(UploadcareClient.class).cdn().url(UUID))
					.hasToString("https://x.example/" + UUID + "/"));
			runner.withPropertyValues("uploadcare.cdn.project-subdomain=true")
				.run((context) -> assertThat(context.getBean(UploadcareClient.class).cdn().url(UUID).getHost())
					.endsWith(".ucarecd.net"));
		}

		@Test
		void theStorePropertyAppliesToUploadsWithoutAStoreChoice() {
			runner.withPropertyValues("uploadcare.store=false").run((context) -> {
				UploadOperations uploads = context.getBean(UploadOperations.class);
				String temporary = uploads.upload("a".getBytes()).uuid();
				String stored = uploads.upload("b".getBytes(), UploadOptions.builder().store(Store.TRUE).build())
					.uuid();
				assertThat(emulator.file(temporary).orElseThrow().isStored()).isFalse();
				assertThat(emulator.file(stored).orElseThrow().isStored()).isTrue();
			});
		}

		@Test
		void propertiesToStringHidesSecrets() {
			runner
				.withPropertyValues("uploadcare.secret-key=topsecretkey", "uploadcare.webhooks.signing-secret=whsecret",
						"uploadcare.secure-delivery.secret=abcdef",
						"uploadcare.secure-delivery.cdn-host=cdn.example.com")
				.run((context) -> assertThat(context.getBean(UploadcareProperties.class).toString())
					.doesNotContain("topsecretkey", "whsecret", "abcdef"));
		}

		@Test
		void aNegativeTimeoutFailsNamingTheProperty() {
			runner.withPropertyValues("uploadcare.http.read-timeout=-1s").run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(analysis.getDescription()).contains("Property: uploadcare.http.read-timeout")
					.contains("must be positive");
				assertThat(analysis.getAction()).contains("uploadcare.*");
			});
		}

		@Test
		void aPartSizeUnderUploadcaresMinimumFailsNamingTheProperty() {
			runner.withPropertyValues("uploadcare.upload.part-size=1MB")
				.run((context) -> assertThat(analysis(context).getDescription())
					.contains("Property: uploadcare.upload.part-size")
					.contains("Value: \"1048576B\"")
					.contains("5242880"));
		}

		@Test
		void aMalformedBaseUrlFailsNamingTheProperty() {
			runner.withPropertyValues("uploadcare.rest.base-url=api.uploadcare.com/")
				.run((context) -> assertThat(analysis(context).getDescription())
					.contains("Property: uploadcare.rest.base-url")
					.contains("absolute http or https URL"));
			runner.withPropertyValues("uploadcare.upload.base-url=ftp://upload.example.com/")
				.run((context) -> assertThat(analysis(context).getDescription())
					.contains("Property: uploadcare.upload.base-url"));
		}

		@Test
		void everyInvalidPropertyIsListed() {
			runner
				.withPropertyValues("uploadcare.http.connect-timeout=0s", "uploadcare.retry.max-retries=-1",
						"uploadcare.upload.concurrency=0", "uploadcare.health.timeout=-5s")
				.run((context) -> assertThat(analysis(context).getDescription()).contains(
						"uploadcare.http.connect-timeout", "uploadcare.retry.max-retries",
						"uploadcare.upload.concurrency", "uploadcare.health.timeout"));
		}

	}

	@Nested
	class SecureDelivery {

		@Test
		void absentWithoutSecret() {
			runner.run((context) -> assertThat(context).doesNotHaveBean(SecureUrlBuilder.class));
		}

		@Test
		void aclByDefault() {
			runner
				.withPropertyValues("uploadcare.secure-delivery.secret=73636b61",
						"uploadcare.secure-delivery.cdn-host=cdn.example.com")
				.run((context) -> {
					assertThat(context).hasSingleBean(SecureUrlBuilder.class);
					SecureUrlBuilder builder = context.getBean(SecureUrlBuilder.class);
					assertThat(builder).isInstanceOf(AkamaiAclTokenBuilder.class)
						.isSameAs(context.getBean(UploadcareClient.class).secureUrls());
					assertThat(builder.url(UUID).getHost()).isEqualTo("cdn.example.com");
				});
		}

		@Test
		void urlType() {
			runner
				.withPropertyValues("uploadcare.secure-delivery.type=url", "uploadcare.secure-delivery.secret=73636b61",
						"uploadcare.secure-delivery.cdn-host=cdn.example.com", "uploadcare.secure-delivery.window=1h")
				.run((context) -> assertThat(context.getBean(SecureUrlBuilder.class))
					.isInstanceOf(AkamaiUrlTokenBuilder.class));
		}

		@Test
		void secretWithoutHostFailsNamingTheHostAndHidingTheSecret() {
			runner.withPropertyValues("uploadcare.secure-delivery.secret=73636b61").run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(analysis.getDescription()).contains("Property: uploadcare.secure-delivery.cdn-host")
					.contains("cdn.example.com")
					.doesNotContain("73636b61");
			});
		}

		@Test
		void aSecretThatIsNotHexFailsWithoutShowingIt() {
			runner
				.withPropertyValues("uploadcare.secure-delivery.secret=not-hex-secret",
						"uploadcare.secure-delivery.cdn-host=cdn.example.com")
				.run((context) -> assertThat(analysis(context).getDescription())
					.contains("Property: uploadcare.secure-delivery.secret")
					.contains("Value: ******")
					.doesNotContain("not-hex-secret"));
		}

		@Test
		void aSecretPlaceholderOfAnUnsetVariableMeansNoSecureDelivery() {
			runner.withPropertyValues("uploadcare.secure-delivery.secret=${UPLOADCARE_TEST_VARIABLE_THAT_IS_NOT_SET}")
				.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SecureUrlBuilder.class));
		}

	}

	@Nested
	class Overrides {

		@Test
		void anApplicationsClientWins() {
			runner.withUserConfiguration(UserClient.class).run((context) -> {
				assertThat(context).hasSingleBean(UploadcareClient.class);
				assertThat(context.getBean(UploadcareClient.class)).isSameAs(context.getBean("myClient"));
				assertThat(context.getBean(FileOperations.class))
					.isSameAs(context.getBean(UploadcareClient.class).files());
			});
		}

		@Test
		void anApplicationsBuilderWins() {
			runner
				.withBean("myBuilder", UploadcareClient.Builder.class,
						() -> UploadcareClient.builder().publicKey("builderkey"))
				.run((context) -> assertThat(context.getBean(UploadcareClient.class).publicKey())
					.isEqualTo("builderkey"));
		}

		/**
		 * A replaced service bean changes the injection points of that service (and the
		 * starter's own components, e.g. the health indicator with ProjectOperations),
		 * not the client: {@code client.files()} and the services inside the client
		 * (conversions reading file info) stay the client's.
		 */
		@Test
		void aServiceBeanOverrideAffectsInjectionPointsOnly() {
			runner.withUserConfiguration(UserFiles.class).run((context) -> {
				assertThat(context).hasSingleBean(FileOperations.class);
				FileOperations files = context.getBean(FileOperations.class);
				assertThat(files).isSameAs(context.getBean("myFiles"));
				UploadcareClient client = context.getBean(UploadcareClient.class);
				assertThat(client.files()).isNotSameAs(files);
				assertThat(context.getBean(ConversionOperations.class)).isSameAs(client.conversions());
			});
		}

		@Test
		void customizersRunInOrderLastAndOncePerClient() {
			runner
				.withPropertyValues(secretKey, "uploadcare.rest.base-url=http://127.0.0.1:9/",
						"test.emulator-rest-base-url=" + emulator.restBaseUrl())
				.withUserConfiguration(OrderedCustomizers.class)
				.run((context) -> {
					OrderedCustomizers customizers = context.getBean(OrderedCustomizers.class);
					assertThat(customizers.calls).containsExactly("first", "second");
					// the second customizer points REST at the emulator again
					assertThat(context.getBean(ProjectOperations.class).get().pubKey()).isEqualTo(emulator.publicKey());
				});
		}

	}

	/** An application's own connection details: the emulator's keys and URLs. */
	record EmulatorConnectionDetails(String getPublicKey, String getSecretKey, URI getUploadBaseUrl, URI getRestBaseUrl,
			URI getCdnBaseUrl) implements UploadcareConnectionDetails {

		EmulatorConnectionDetails(UploadcareEmulator emulator) {
			this(emulator.publicKey(), emulator.secretKey(), emulator.uploadBaseUrl(), emulator.restBaseUrl(),
					emulator.cdnBaseUrl());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserClient {

		@Bean
		UploadcareClient myClient() {
			return UploadcareClient.builder().publicKey("userkey").secretKey("usersecret").build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserFiles {

		@Bean
		FileOperations myFiles(UploadcareClient client) {
			return UploadcareClient.builder().publicKey("userkey").build().files();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CountingCustomizer {

		final AtomicInteger calls = new AtomicInteger();

		@Bean
		UploadcareClientCustomizer countingCustomizer() {
			return (builder) -> calls.incrementAndGet();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OrderedCustomizers {

		final List<String> calls = new CopyOnWriteArrayList<>();

		@Bean
		@Order(1)
		UploadcareClientCustomizer first() {
			return (builder) -> {
				calls.add("first");
				builder.restBaseUrl(URI.create("http://127.0.0.1:9/still-wrong/"));
			};
		}

		@Bean
		@Order(2)
		UploadcareClientCustomizer second(Environment environment) {
			return (builder) -> {
				calls.add("second");
				builder.restBaseUrl(URI.create(environment.getRequiredProperty("test.emulator-rest-base-url")));
			};
		}

	}

}
