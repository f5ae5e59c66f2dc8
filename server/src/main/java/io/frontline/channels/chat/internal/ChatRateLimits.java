package io.frontline.channels.chat.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Token buckets for the public chat endpoints: messages per visitor and requests per client address. Buckets live in
 * memory per node and are forgotten after ten idle minutes; on several nodes each enforces its own share.
 */
@Component
public class ChatRateLimits {

    private final Cache<String, Bucket> visitors = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();
    private final Cache<String, Bucket> signals = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();
    private final Cache<String, Bucket> addresses = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();
    private final ChatProperties properties;

    ChatRateLimits(ChatProperties properties) {
        this.properties = properties;
    }

    /** Whether a visitor may send one more message now. */
    public boolean visitorMayPost(String visitorId) {
        return visitors.get(visitorId, k -> perMinute(properties.visitorMessagesPerMinute()))
                .tryConsume(1);
    }

    /** Whether a visitor may send one more typing or read signal now (six times their message allowance). */
    public boolean visitorMaySignal(String visitorId) {
        return signals.get(visitorId, k -> perMinute(properties.visitorMessagesPerMinute() * 6))
                .tryConsume(1);
    }

    /** Seconds until an address may call again, or 0 when it may call now (and the call is counted). */
    public long addressWait(String address) {
        Bucket bucket = addresses.get(address, k -> perMinute(properties.ipRequestsPerMinute()));
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? 0
                : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
    }

    private static Bucket perMinute(int perMinute) {
        int limit = Math.max(1, perMinute);
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit)
                        .refillGreedy(limit, Duration.ofMinutes(1))
                        .build())
                .build();
    }
}
