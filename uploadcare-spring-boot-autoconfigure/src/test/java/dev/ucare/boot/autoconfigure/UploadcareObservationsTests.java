package dev.ucare.boot.autoconfigure;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ucare.boot.autoconfigure.metrics.UploadcareMeters;
import dev.ucare.boot.autoconfigure.metrics.UploadcareMetricsAutoConfiguration;
import dev.ucare.boot.autoconfigure.projects.UploadcareClients;
import dev.ucare.boot.autoconfigure.projects.UploadcareProjectsAutoConfiguration;
import dev.ucare.client.UploadcareClient;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.observation.DefaultUploadcareObservationConvention;
import dev.ucare.client.observation.UploadcareObservationConvention;
import dev.ucare.client.project.ProjectOperations;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client of {@link UploadcareAutoConfiguration} is observed in the application's
 * {@link ObservationRegistry}: each operation an {@code uploadcare.client.operation}
 * observation, Boot's {@code http.client.requests} observations (from its
 * {@code RestClient.Builder}) its children, with the call's URI template; against the
 * emulator, over real HTTP.
 */
class UploadcareObservationsTests {

	@RegisterExtension
	static final UploadcareEmulatorExtension uploadcare = MarketingProject.emulatorExtension();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	private UploadcareEmulator emulator;

	private ApplicationContextRunner runner;

	@BeforeEach
	void useTheEmulator() {
		registry.observationConfig().observationHandler(new ObservationHandler<>() {
			@Override
			public void onStop(Observation.Context context) {
				stopped.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}
		});
		emulator = uploadcare.emulator();
		runner = EmulatorContextRunner.of(emulator, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				RestClientObservationAutoConfiguration.class);
	}

	@Test
	void operationsAreObservedInTheApplicationsRegistryWithBootsExchangesAsChildren() {
		runner.withBean(ObservationRegistry.class, () -> registry).run((context) -> {
			FileInfo file = context.getBean(UploadOperations.class).upload("hello".getBytes());
			stopped.clear();
			registry.clear();

			context.getBean(FileOperations.class).get(file.uuid());

			assertThat(registry).hasObservationWithNameEqualTo("uploadcare.client.operation")
				.that()
				.hasLowCardinalityKeyValue("operation", "files.get")
				.hasLowCardinalityKeyValue("outcome", "success")
				.hasLowCardinalityKeyValue("project", "default")
				.hasHighCardinalityKeyValue("file.uuid", file.uuid());
			Observation.Context operation = named("uploadcare.client.operation").get(0);
			assertThat(named("http.client.requests")).singleElement().satisfies((exchange) -> {
				assertThat(exchange.getLowCardinalityKeyValue("uri").getValue()).isEqualTo("/files/{uuid}/");
				assertThat(exchange.getParentObservation().getContextView()).isSameAs(operation);
			});
		});
	}

	@Test
	void anObservationConventionBeanNamesTheObservations() {
		runner.withBean(ObservationRegistry.class, () -> registry)
			.withBean(UploadcareObservationConvention.class, () -> new DefaultUploadcareObservationConvention() {
				@Override
				public String getName() {
					return "shop.uploadcare";
				}
			})
			.run((context) -> {
				context.getBean(ProjectOperations.class).get();

				assertThat(registry).hasObservationWithNameEqualTo("shop.uploadcare")
					.that()
					.hasLowCardinalityKeyValue("operation", "project.get");
			});
	}

	@Test
	void theDefaultClientIsTheDefaultProjectAsInItsMetersAndEveryOtherProjectKeepsItsName() {
		runner.withBean(ObservationRegistry.class, () -> registry)
			.withBean(SimpleMeterRegistry.class)
			.withConfiguration(AutoConfigurations.of(UploadcareProjectsAutoConfiguration.class,
					UploadcareMetricsAutoConfiguration.class))
			.withPropertyValues(MarketingProject.propertyValues())
			.run((context) -> {
				SimpleMeterRegistry meters = context.getBean(SimpleMeterRegistry.class);
				context.getBean(UploadcareMeters.class).bindTo(meters);
				UploadcareClients clients = context.getBean(UploadcareClients.class);
				assertThat(context.getBean(UploadcareClient.class).projectName()).isEqualTo("default");

				context.getBean(UploadOperations.class).upload("default".getBytes());
				assertThat(observedProjects()).containsExactly("default");
				assertThat(meters.get("uploadcare.upload")
					.tags("project", "default", "method", "direct", "outcome", "success")
					.timer()
					.count()).isOne();
				stopped.clear();

				clients.get("marketing").uploads().upload("marketing".getBytes());
				assertThat(observedProjects()).containsExactly("marketing");
				assertThat(meters.get("uploadcare.upload")
					.tags("project", "marketing", "method", "direct", "outcome", "success")
					.timer()
					.count()).isOne();
				stopped.clear();

				// a client of the builder bean naming its project
				try (UploadcareClient shop = context.getBean(UploadcareClient.Builder.class)
					.projectName("shop")
					.build()) {
					shop.project().get();
				}
				assertThat(observedProjects()).containsExactly("shop");
			});
	}

	@Test
	void aCustomizerNamesTheProject() {
		runner.withBean(ObservationRegistry.class, () -> registry)
			.withBean(UploadcareClientCustomizer.class, () -> (builder) -> builder.projectName("shop"))
			.run((context) -> {
				context.getBean(ProjectOperations.class).get();

				assertThat(context.getBean(UploadcareClient.class).projectName()).isEqualTo("shop");
				assertThat(registry).hasObservationWithNameEqualTo("uploadcare.client.operation")
					.that()
					.hasLowCardinalityKeyValue("project", "shop");
			});
	}

	@Test
	void withoutAnObservationRegistryTheClientWorksUnobserved() {
		runner.run((context) -> {
			assertThat(context).doesNotHaveBean(ObservationRegistry.class);
			assertThat(context.getBean(ProjectOperations.class).get().name()).isNotBlank();
			assertThat(stopped).isEmpty();
		});
	}

	/** The {@code project} values of the operations observed, each once. */
	private List<String> observedProjects() {
		return named("uploadcare.client.operation").stream()
			.map((operation) -> operation.getLowCardinalityKeyValue("project").getValue())
			.distinct()
			.toList();
	}

	private List<Observation.Context> named(String name) {
		return stopped.stream().filter((context) -> name.equals(context.getName())).toList();
	}

}
