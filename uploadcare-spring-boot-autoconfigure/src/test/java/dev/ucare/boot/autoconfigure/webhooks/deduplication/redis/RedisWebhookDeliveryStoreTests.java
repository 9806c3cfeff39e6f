package dev.ucare.boot.autoconfigure.webhooks.deduplication.redis;

import java.util.List;

import dev.ucare.boot.autoconfigure.TestServers;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.DeliveryClaim;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStore;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract on {@link RedisWebhookDeliveryStore}, on a real Redis. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisWebhookDeliveryStoreTests extends WebhookDeliveryStoreContract {

	private LettuceConnectionFactory connectionFactory;

	private StringRedisTemplate redis;

	@BeforeAll
	void start() {
		connectionFactory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", TestServers.redisPort()));
		connectionFactory.afterPropertiesSet();
		connectionFactory.start();
		redis = new StringRedisTemplate(connectionFactory);
		redis.afterPropertiesSet();
	}

	@AfterAll
	void stop() {
		if (connectionFactory != null) {
			connectionFactory.destroy();
		}
	}

	@Override
	protected WebhookDeliveryStore newStore() {
		return new RedisWebhookDeliveryStore(redis, "test:webhooks:");
	}

	@Override
	protected List<DeliveryClaim.Status> takeOverStatuses() {
		// Redis expires the claim itself: the next claim cannot tell it took one over
		return List.of(DeliveryClaim.Status.CLAIMED);
	}

	@Test
	void keysCarryThePrefixAndTheTtlOfTheLeaseThenTheWindow() {
		WebhookDeliveryStore store = newStore();
		String key = key();
		DeliveryClaim claim = store.claim(key, LEASE);
		Long leaseTtl = redis.getExpire("test:webhooks:" + key);
		assertThat(leaseTtl).isBetween(LEASE.toSeconds() - 5, LEASE.toSeconds());
		store.complete(claim, WINDOW);
		assertThat(redis.getExpire("test:webhooks:" + key)).isBetween(WINDOW.toSeconds() - 5, WINDOW.toSeconds());
		assertThat(redis.opsForValue().get("test:webhooks:" + key)).startsWith("D:");
	}

}
