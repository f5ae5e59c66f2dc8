package io.frontline.bench.chat;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which message reached which subscriber, and when. Every message the driver sends is entered under its
 * {@code clientMessageId} with the instant it was due (its place in the open-loop schedule, so a late send counts as
 * latency) and the number of subscribers that should see it (receiver 0 is the sender's own subscription, receiver 1
 * a second socket of the same visitor). A broadcast arriving at a receiver is then either the first delivery there
 * (its latency is recorded), a duplicate, or a message the ledger never entered. Whatever a receiver has not seen when
 * the summary is taken is lost. Messages sent during the warm-up are tracked the same way but kept out of the figures.
 * Thread-safe.
 */
public final class DeliveryLedger {

    /** What a received broadcast turned out to be. */
    public enum Outcome {
        FIRST,
        DUPLICATE,
        UNKNOWN
    }

    /** The figures of one receiver over the measured messages; latencies in microseconds. */
    public record ReceiverTally(long delivered, long lost, long duplicated, long[] latenciesMicros) {}

    /** The measured messages: how many were due, how many could not be handed to a socket, and each receiver's tally. */
    public record Summary(long sent, long sendFailures, long unknown, ReceiverTally[] receivers) {}

    private static final class Entry {
        final long dueNanos;
        final boolean measured;
        final AtomicInteger seenBy = new AtomicInteger();
        volatile boolean sendFailed;

        Entry(long dueNanos, boolean measured) {
            this.dueNanos = dueNanos;
            this.measured = measured;
        }
    }

    private final int receivers;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongList[] latencies;
    private final AtomicLong[] duplicates;
    private final AtomicLong unknown = new AtomicLong();

    public DeliveryLedger(int receivers) {
        if (receivers < 1 || receivers > 30) {
            throw new IllegalArgumentException("receivers per message must be 1..30: " + receivers);
        }
        this.receivers = receivers;
        this.latencies = new LongList[receivers];
        this.duplicates = new AtomicLong[receivers];
        for (int i = 0; i < receivers; i++) {
            latencies[i] = new LongList();
            duplicates[i] = new AtomicLong();
        }
    }

    /** Enters a message before it is sent; {@code dueNanos} is its instant in the schedule ({@link System#nanoTime}). */
    public void sent(String clientMessageId, long dueNanos, boolean measured) {
        if (entries.putIfAbsent(clientMessageId, new Entry(dueNanos, measured)) != null) {
            throw new IllegalArgumentException("clientMessageId used twice: " + clientMessageId);
        }
    }

    /** The message could not be handed to its socket (closed, failed write); it still counts as lost where unseen. */
    public void sendFailed(String clientMessageId) {
        Entry entry = entries.get(clientMessageId);
        if (entry != null) {
            entry.sendFailed = true;
        }
    }

    public Outcome received(int receiver, String clientMessageId, long atNanos) {
        if (receiver < 0 || receiver >= receivers) {
            throw new IllegalArgumentException("no receiver " + receiver);
        }
        Entry entry = clientMessageId == null ? null : entries.get(clientMessageId);
        if (entry == null) {
            unknown.incrementAndGet();
            return Outcome.UNKNOWN;
        }
        int bit = 1 << receiver;
        int before = entry.seenBy.getAndUpdate(mask -> mask | bit);
        if ((before & bit) != 0) {
            if (entry.measured) {
                duplicates[receiver].incrementAndGet();
            }
            return Outcome.DUPLICATE;
        }
        if (entry.measured) {
            latencies[receiver].add(Math.max(0, (atNanos - entry.dueNanos) / 1_000));
        }
        return Outcome.FIRST;
    }

    /** The measured figures as they stand: anything a receiver has not seen by now counts as lost there. */
    public Summary summary() {
        long sent = 0;
        long failures = 0;
        long[] seen = new long[receivers];
        for (Entry entry : entries.values()) {
            if (!entry.measured) {
                continue;
            }
            sent++;
            if (entry.sendFailed) {
                failures++;
            }
            int mask = entry.seenBy.get();
            for (int r = 0; r < receivers; r++) {
                if ((mask & (1 << r)) != 0) {
                    seen[r]++;
                }
            }
        }
        ReceiverTally[] tallies = new ReceiverTally[receivers];
        for (int r = 0; r < receivers; r++) {
            tallies[r] = new ReceiverTally(seen[r], sent - seen[r], duplicates[r].get(), latencies[r].toArray());
        }
        return new Summary(sent, failures, unknown.get(), tallies);
    }

    /** A growable array of longs, appended to under a lock. */
    private static final class LongList {
        private long[] values = new long[4096];
        private int size;

        synchronized void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        synchronized long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
