package dev.ucare.benchmarks.boot;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import dev.ucare.client.webhooks.WebhookSignatureVerifier;
import dev.ucare.client.webhooks.WebhookSignatures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Webhook signature verifications per second on one thread:
 * {@link WebhookSignatureVerifier#verify(byte[], String)} of a valid {@code v1=} header
 * over a 2 KiB body (HMAC-SHA256, hex encoding, constant-time comparison). Target: at
 * least 200,000 ops/s. Run by {@link BootBenchmarks} ({@code benchmarks/run-boot.sh}), or
 * directly with
 * {@code java -cp <classpath> org.openjdk.jmh.Main SignatureVerificationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SignatureVerificationBenchmark {

	static final int BODY_SIZE = 2048;

	static final String SECRET = "bench-signing-secret";

	byte[] body;

	String header;

	WebhookSignatureVerifier verifier;

	@Setup
	public void setUp() {
		body = new byte[BODY_SIZE];
		new Random(42).nextBytes(body);
		header = WebhookSignatures.sign(body, SECRET);
		verifier = new WebhookSignatureVerifier(SECRET);
		if (!verifier.verify(body, header)) {
			throw new IllegalStateException("signature does not verify");
		}
	}

	@Benchmark
	public boolean verify() {
		return verifier.verify(body, header);
	}

}
