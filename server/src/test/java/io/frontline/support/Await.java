package io.frontline.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Waiting in tests for what happens in the background (a mail delivered, a job run): polls until there is a value. */
public final class Await {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Await() {}

    /** The first non-null value of {@code probe}, asked every 100 ms; fails naming {@code what} after 30 s. */
    public static <T> T until(String what, Supplier<T> probe) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
