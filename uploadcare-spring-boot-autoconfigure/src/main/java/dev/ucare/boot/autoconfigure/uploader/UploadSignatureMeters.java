package dev.ucare.boot.autoconfigure.uploader;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts {@code uploadcare.uploader.signatures} with tag {@code outcome} ({@code issued},
 * {@code refused}, {@code throttled}) in the application's registry, looked up on first
 * use.
 */
final class UploadSignatureMeters implements UploadSignatureMetrics {

	private final Supplier<MeterRegistry> registry;

	UploadSignatureMeters(Supplier<MeterRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public void record(Outcome outcome) {
		MeterRegistry meters = registry.get();
		if (meters != null) {
			Counter.builder("uploadcare.uploader.signatures")
				.description("Upload signatures asked for by browsers, by outcome")
				.tag("outcome", outcome.tag())
				.register(meters)
				.increment();
		}
	}

}
