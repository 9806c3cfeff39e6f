package dev.ucare.boot.autoconfigure.webhooks.deduplication.redis;

import java.time.Duration;
import java.util.List;

import dev.ucare.boot.autoconfigure.webhooks.deduplication.ClaimTokens;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.DeliveryClaim;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStore;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.util.Assert;

/**
 * A {@link WebhookDeliveryStore} in Redis, through Spring Data Redis; shared by every
 * instance using the same Redis. One key per delivery ({@code keyPrefix} + the delivery's
 * key): a claim is {@code SET key C:<token> NX PX <lease>}, so the claim of a crashed
 * instance expires with its lease; completing replaces it with {@code D:<token>} for the
 * de-duplication window ({@code PX}), and releasing deletes it; both only while the key
 * still holds this claim's token (a short Lua script, atomic in Redis). Redis expires the
 * keys itself, so {@link #purgeExpired()} has nothing to do.
 * <p>
 * A lease that expired is noticed by the instance whose listeners outlived it, when it
 * completes ({@code complete} returns {@code false}); unlike the JDBC store, a claim made
 * after an expired lease cannot tell that it took one over.
 */
public final class RedisWebhookDeliveryStore implements WebhookDeliveryStore {

	private static final String CLAIMED = "C:";

	private static final String COMPLETED = "D:";

	private static final RedisScript<Long> COMPLETE = new DefaultRedisScript<>("""
			local v = redis.call('GET', KEYS[1])
			if v == ARGV[1] then
			  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
			  return 1
			end
			if not v then
			  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
			end
			return 0
			""", Long.class);

	private static final RedisScript<Long> RELEASE = new DefaultRedisScript<>("""
			if redis.call('GET', KEYS[1]) == ARGV[1] then
			  return redis.call('DEL', KEYS[1])
			end
			return 0
			""", Long.class);

	private final StringRedisTemplate redis;

	private final String keyPrefix;

	private final ClaimTokens tokens = new ClaimTokens();

	/**
	 * @param redis the template (string keys and values)
	 * @param keyPrefix prefix of every key, e.g. {@code uploadcare:webhooks:}
	 */
	public RedisWebhookDeliveryStore(StringRedisTemplate redis, String keyPrefix) {
		this.redis = redis;
		this.keyPrefix = (keyPrefix != null) ? keyPrefix : "";
	}

	@Override
	public String name() {
		return "redis";
	}

	/** The prefix of every key. */
	public String keyPrefix() {
		return keyPrefix;
	}

	@Override
	public DeliveryClaim claim(String key, Duration lease) {
		String redisKey = keyPrefix + key;
		String token = tokens.next();
		for (int attempt = 0; attempt < 5; attempt++) {
			if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(redisKey, CLAIMED + token, lease))) {
				return DeliveryClaim.claimed(key, token);
			}
			String value = redis.opsForValue().get(redisKey);
			if (value != null) {
				return value.startsWith(COMPLETED) ? DeliveryClaim.completed(key) : DeliveryClaim.inProgress(key);
			}
			// expired or released in between: try again
		}
		return DeliveryClaim.inProgress(key);
	}

	@Override
	public boolean complete(DeliveryClaim claim, Duration retention) {
		String token = claim.token();
		Assert.isTrue(token != null, "Only a granted claim can be completed");
		Long result = redis.execute(COMPLETE, List.of(keyPrefix + claim.key()), CLAIMED + token, COMPLETED + token,
				Long.toString(Math.max(1, retention.toMillis())));
		return result != null && result == 1L;
	}

	@Override
	public void release(DeliveryClaim claim) {
		redis.execute(RELEASE, List.of(keyPrefix + claim.key()), CLAIMED + claim.token());
	}

	@Override
	public int purgeExpired() {
		return 0;
	}

	@Override
	public void check() {
		redis.execute(RedisConnection::ping, true);
	}

}
