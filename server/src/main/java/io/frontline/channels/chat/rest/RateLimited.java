package io.frontline.channels.chat.rest;

/** A visitor or an address is over its chat limits. */
class RateLimited extends RuntimeException {

    private final long retryAfterSeconds;

    RateLimited(long retryAfterSeconds) {
        super("Too many requests; retry in " + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
