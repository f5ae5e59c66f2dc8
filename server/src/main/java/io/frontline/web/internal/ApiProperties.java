package io.frontline.web.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the JSON API.
 *
 * @param maxBodySize largest JSON request body; larger ones are answered 413 (uploads have their own limit)
 * @param idempotencyRetention how long a response is kept for replay under its {@code Idempotency-Key}
 */
@ConfigurationProperties("frontline.api")
record ApiProperties(DataSize maxBodySize, Duration idempotencyRetention) {

    ApiProperties {
        if (maxBodySize == null) maxBodySize = DataSize.ofMegabytes(10);
        if (idempotencyRetention == null) idempotencyRetention = Duration.ofHours(24);
    }
}
