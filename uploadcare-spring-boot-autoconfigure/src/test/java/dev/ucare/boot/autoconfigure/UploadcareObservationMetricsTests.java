package dev.ucare.boot.autoconfigure;

import dev.ucare.client.files.FileInfo;
import dev.ucare.client.files.FileOperations;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.emulator.spring.AutoConfigureUploadcareEmulator;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application with the starter and Actuator's metrics, on the emulator
 * ({@link AutoConfigureUploadcareEmulator}): Boot's observation-based timers tell the
 * client's calls apart, {@code http.client.requests} by URI template and
 * {@code uploadcare.client.operation} by operation, with no high-cardinality value in any
 * tag; the starter's meters exist from start.
 */
@SpringBootTest(classes = UploadcareObservationMetricsTests.App.class,
		webEnvironment = SpringBootTest.WebEnvironment.NONE)
@AutoConfigureUploadcareEmulator
class UploadcareObservationMetricsTests {

	@Autowired
	MeterRegistry meters;

	@Autowired
	UploadOperations uploads;

	@Autowired
	FileOperations files;

	@Test
	void timersCarryTheUriTemplateAndTheOperation() {
		FileInfo file = uploads.upload("hello".getBytes());

		files.get(file.uuid());
		files.store(file.uuid());

		assertThat(meters.get("http.client.requests").tag("uri", "/files/{uuid}/").timer().count()).isEqualTo(1);
		assertThat(meters.get("http.client.requests").tag("uri", "/files/{uuid}/storage/").timer().count())
			.isEqualTo(1);
		assertThat(meters.get("http.client.requests").tag("uri", "/base/").timer().count()).isEqualTo(1);
		assertThat(meters.find("http.client.requests").tag("uri", "none").timer()).isNull();
		Timer get = meters.get("uploadcare.client.operation")
			.tags("operation", "files.get", "outcome", "success", "status", "2xx", "exception", "none")
			.timer();
		assertThat(get.count()).isEqualTo(1);
		assertThat(get.getId().getTag("project")).isNotBlank();
		assertThat(meters.get("uploadcare.client.operation").tag("operation", "uploads.upload").timer().count())
			.isEqualTo(1);
		assertThat(meters.getMeters()).extracting(Meter::getId)
			.allSatisfy((id) -> assertThat(id.getTags()).noneMatch((tag) -> tag.getValue().contains(file.uuid())));
	}

	@Test
	void theStartersMetersExistFromStart() {
		assertThat(meters.get("uploadcare.retries").tags("api", "cdn", "reason", "network").counter().count()).isZero();
		assertThat(meters.get("uploadcare.upload").tags("method", "url", "outcome", "failure").timer().count())
			.isZero();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}
