package dev.ucare.boot.autoconfigure.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ucare.client.webhooks.WebhookSignatures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes validly signed deliveries and mutates them 10,000 times: flipped bits in body and
 * header, truncation, extra bytes, case changes, other {@code v} versions, empty, missing
 * and repeated headers. None may be accepted (a change of case in the hex digits is no
 * mutation: it is the same signature).
 */
class WebhookSignatureFuzzTests {

	private static final String SECRET = "whsec-fuzz-secret";

	private static final int MUTATIONS = 10_000;

	@Test
	void noMutatedDeliveryIsAccepted() {
		AtomicInteger published = new AtomicInteger();
		UploadcareWebhookProcessor processor = UploadcareWebhookProcessor.builder()
			.signingSecret(SECRET)
			.publisher((event) -> published.incrementAndGet())
			.build();
		Random random = new Random(20240601L);
		List<byte[]> bodies = List.of(WebhookBodies.body("file.uploaded", "3f7c1d1e-5a4f-4b0e-9d0c-6d6f5b2b8a11"),
				WebhookBodies.body("file.stored", "0e2b4c1a-7d3e-4f5a-8b6c-9d0e1f2a3b4c"),
				WebhookBodies.bodyOfSize("file.info_updated", "11111111-2222-4333-8444-555555555555", 2048));

		// sanity: the originals are accepted
		for (byte[] body : bodies) {
			assertThat(processor.process(body, List.of(WebhookSignatures.sign(body, SECRET))).status()).isEqualTo(200);
		}
		int baseline = published.get();

		int[] kinds = new int[Mutation.values().length];
		int tried = 0;
		while (tried < MUTATIONS) {
			byte[] body = bodies.get(random.nextInt(bodies.size()));
			String header = WebhookSignatures.sign(body, SECRET);
			Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
			Delivery mutated = mutation.apply(new Delivery(body, List.of(header)), random);
			if (mutated.isSameAs(body, header)) {
				continue; // e.g. a case change of a digit: not a mutation
			}
			tried++;
			kinds[mutation.ordinal()]++;
			UploadcareWebhookProcessor.Result result = processor.process(mutated.body(), mutated.headers());
			assertThat(result.status()).as("%s accepted: header %s", mutation, mutated.headers()).isEqualTo(401);
		}
		assertThat(published.get()).isEqualTo(baseline);
		assertThat(Arrays.stream(kinds).min().orElse(0)).isPositive();
	}

	record Delivery(byte[] body, List<String> headers) {

		boolean isSameAs(byte[] originalBody, String originalHeader) {
			// the hex digits of a signature may be in either case
			return Arrays.equals(body, originalBody) && headers != null && headers.size() == 1 && headers.get(0) != null
					&& headers.get(0).startsWith("v1=")
					&& originalHeader.substring(3).equalsIgnoreCase(headers.get(0).substring(3));
		}
	}

	enum Mutation {

		FLIP_BODY_BIT {
			@Override
			Delivery apply(Delivery d, Random random) {
				byte[] body = d.body().clone();
				int i = random.nextInt(body.length);
				body[i] ^= (byte) (1 << random.nextInt(8));
				return new Delivery(body, d.headers());
			}
		},
		FLIP_HEADER_BIT {
			@Override
			Delivery apply(Delivery d, Random random) {
				char[] chars = d.headers().get(0).toCharArray();
				int i = random.nextInt(chars.length);
				chars[i] ^= (char) (1 << random.nextInt(7));
				return new Delivery(d.body(), List.of(new String(chars)));
			}
		},
		TRUNCATE_BODY {
			@Override
			Delivery apply(Delivery d, Random random) {
				return new Delivery(Arrays.copyOf(d.body(), random.nextInt(d.body().length)), d.headers());
			}
		},
		TRUNCATE_HEADER {
			@Override
			Delivery apply(Delivery d, Random random) {
				String header = d.headers().get(0);
				return new Delivery(d.body(), List.of(header.substring(0, random.nextInt(header.length()))));
			}
		},
		EXTRA_BODY_BYTES {
			@Override
			Delivery apply(Delivery d, Random random) {
				byte[] extra = new byte[1 + random.nextInt(16)];
				random.nextBytes(extra);
				byte[] body = Arrays.copyOf(d.body(), d.body().length + extra.length);
				System.arraycopy(extra, 0, body, d.body().length, extra.length);
				return new Delivery(body, d.headers());
			}
		},
		EXTRA_HEADER_CHARS {
			@Override
			Delivery apply(Delivery d, Random random) {
				String[] suffixes = { " ", "0", "a", "\t", ",v1=00", "=", "ff" };
				String header = d.headers().get(0);
				return random.nextBoolean()
						? new Delivery(d.body(), List.of(header + suffixes[random.nextInt(suffixes.length)]))
						: new Delivery(d.body(), List.of(suffixes[random.nextInt(suffixes.length)] + header));
			}
		},
		CASE_CHANGE {
			@Override
			Delivery apply(Delivery d, Random random) {
				String header = d.headers().get(0);
				String changed = switch (random.nextInt(3)) {
					case 0 -> header.toUpperCase(Locale.ROOT);
					case 1 -> "V1=" + header.substring(3);
					default -> {
						char[] chars = header.toCharArray();
						for (int i = 3; i < chars.length; i++) {
							if (random.nextInt(4) == 0) {
								chars[i] = Character.toUpperCase(chars[i]);
							}
						}
						yield new String(chars);
					}
				};
				return new Delivery(d.body(), List.of(changed));
			}
		},
		BODY_CASE_CHANGE {
			@Override
			Delivery apply(Delivery d, Random random) {
				String text = new String(d.body(), StandardCharsets.UTF_8);
				return new Delivery(text.replace("file.", "FILE.").getBytes(StandardCharsets.UTF_8), d.headers());
			}
		},
		OTHER_VERSION {
			@Override
			Delivery apply(Delivery d, Random random) {
				String hex = d.headers().get(0).substring(3);
				String[] versions = { "v0=", "v2=", "v10=", "v=", "=", "", "sha256=", "v1:", "v1 =" };
				return new Delivery(d.body(), List.of(versions[random.nextInt(versions.length)] + hex));
			}
		},
		EMPTY_HEADER {
			@Override
			Delivery apply(Delivery d, Random random) {
				String[] empties = { "", " ", "v1=", "v1" };
				return new Delivery(d.body(), List.of(empties[random.nextInt(empties.length)]));
			}
		},
		MISSING_HEADER {
			@Override
			Delivery apply(Delivery d, Random random) {
				return new Delivery(d.body(), random.nextBoolean() ? List.of() : null);
			}
		},
		REPEATED_HEADER {
			@Override
			Delivery apply(Delivery d, Random random) {
				String header = d.headers().get(0);
				List<String> headers = new ArrayList<>();
				headers.add(header);
				headers.add(random.nextBoolean() ? header : "v1=" + "0".repeat(64));
				if (random.nextBoolean()) {
					java.util.Collections.reverse(headers);
				}
				return new Delivery(d.body(), headers);
			}
		},
		SIGNATURE_OF_OTHER_BODY {
			@Override
			Delivery apply(Delivery d, Random random) {
				byte[] other = d.body().clone();
				other[random.nextInt(other.length)] ^= 1;
				return new Delivery(d.body(), List.of(WebhookSignatures.sign(other, SECRET)));
			}
		},
		OTHER_SECRET {
			@Override
			Delivery apply(Delivery d, Random random) {
				return new Delivery(d.body(), List.of(WebhookSignatures.sign(d.body(), SECRET + random.nextInt(100))));
			}
		};

		abstract Delivery apply(Delivery delivery, Random random);

	}

}
