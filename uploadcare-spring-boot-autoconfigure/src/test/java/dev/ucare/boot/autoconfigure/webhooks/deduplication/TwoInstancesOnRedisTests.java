package dev.ucare.boot.autoconfigure.webhooks.deduplication;

import java.util.List;
import java.util.UUID;

import dev.ucare.boot.autoconfigure.TestServers;

/** Two instances sharing the Redis store on a real Redis. */
class TwoInstancesOnRedisTests extends TwoInstancesSharingAStoreTests {

	private final String prefix = "test-" + UUID.randomUUID() + ":";

	@Override
	protected List<String> storeProperties() {
		return List.of("uploadcare.webhooks.deduplication.store=redis", "spring.data.redis.host=127.0.0.1",
				"spring.data.redis.port=" + TestServers.redisPort(),
				"uploadcare.webhooks.deduplication.redis.key-prefix=" + prefix);
	}

	@Override
	protected List<String> unreachableStoreProperties() {
		return List.of("uploadcare.webhooks.deduplication.store=redis", "spring.data.redis.host=127.0.0.1",
				"spring.data.redis.port=" + TestServers.closedPort(), "spring.data.redis.connect-timeout=500ms",
				"spring.data.redis.timeout=500ms");
	}

	@Override
	protected String storeName() {
		return "redis";
	}

	@Override
	protected boolean countsTakeOvers() {
		return false;
	}

}
