package io.frontline.bench.chat;

import java.util.List;

/**
 * What one chat driver process measured, written as JSON for the runner to merge: sockets asked for, opened
 * (CONNECTED received) and still open at the end; the measured messages and each receiver's tally (receiver 0 the
 * sender's own subscription, receiver 1 a second socket of the same visitor); how late the driver handed messages to
 * their sockets compared with the schedule ({@code sendLag…}, microseconds: a late driver, not a slow server); STOMP
 * errors and the first few error texts.
 */
public record ChatShardResult(
        int shard,
        String sourceAddress,
        int requestedSockets,
        int openedSockets,
        int openAtEnd,
        int connectFailures,
        int conversations,
        double rate,
        long warmupSeconds,
        long durationSeconds,
        double setupSeconds,
        long sent,
        long sendFailures,
        long unknown,
        List<Receiver> receivers,
        double sendLagP99Micros,
        double sendLagMaxMicros,
        long stompErrors,
        List<String> errorSamples) {

    /** One receiver's figures over the measured messages. */
    public record Receiver(long delivered, long lost, long duplicated, long[] latenciesMicros) {}
}
