package io.frontline.web.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the JSON API.
 *
 * @param maxBodySize largest JSON request body; larger ones are answered 413 (uploads have their own limit)
 * @param idempotencyRetention how long a response is kept for replay under its {@code Idempotency-Key}
 * @param maxConcurrentRequests API requests processed at once; more wait up to {@code queueTimeout}, then get 503
 * @param queueTimeout how long a request may wait for a free slot before it is answered 503 with Retry-After
 */
@ConfigurationProperties("frontline.api")
record ApiProperties(
        DataSize maxBodySize, Duration idempotencyRetention, Integer maxConcurrentRequests, Duration queueTimeout) {

    ApiProperties {
        if (maxBodySize == null) maxBodySize = DataSize.ofMegabytes(10);
        if (idempotencyRetention == null) idempotencyRetention = Duration.ofHours(24);
        if (maxConcurrentRequests == null) maxConcurrentRequests = 64;
        if (queueTimeout == null) queueTimeout = Duration.ofMillis(250);
    }
}
