package io.frontline.channels.email.mime;

import java.time.Duration;

/**
 * How much one message may cost to parse. A message over any limit is rejected with a {@link MailRejectedException}
 * instead of being parsed in part.
 *
 * @param maxRawBytes size of the raw message
 * @param maxParts MIME parts, counted over the whole tree including the root
 * @param maxDepth nesting of multiparts and unwrapped S/MIME layers; the root is depth 0
 * @param maxParseTime wall-clock time for one {@link MailParser#parse(byte[])} call
 */
public record MailLimits(long maxRawBytes, int maxParts, int maxDepth, Duration maxParseTime) {

    public MailLimits {
        if (maxRawBytes <= 0 || maxParts <= 0 || maxDepth < 0 || maxParseTime == null || maxParseTime.isNegative()) {
            throw new IllegalArgumentException("invalid mail limits");
        }
    }

    /** 25 MB, 500 parts, 30 levels, 2 seconds. */
    public static MailLimits defaults() {
        return new MailLimits(25L * 1024 * 1024, 500, 30, Duration.ofSeconds(2));
    }

    /** These limits with another time budget. */
    public MailLimits withMaxParseTime(Duration time) {
        return new MailLimits(maxRawBytes, maxParts, maxDepth, time);
    }
}
