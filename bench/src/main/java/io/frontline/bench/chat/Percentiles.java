package io.frontline.bench.chat;

import java.util.Arrays;

/**
 * Exact percentiles of recorded latencies (nearest rank on the sorted values). At a few thousand messages per second
 * for minutes, every value fits in memory, so no histogram approximation is needed.
 */
public final class Percentiles {

    private final long[] sorted;

    public Percentiles(long[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    public int count() {
        return sorted.length;
    }

    /**
     * The smallest recorded value that at least {@code quantile} of the values do not exceed; {@code NaN} when nothing
     * was recorded.
     */
    public double at(double quantile) {
        if (quantile <= 0 || quantile > 1) {
            throw new IllegalArgumentException("quantile outside (0, 1]: " + quantile);
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    /** Several arrays of values as one, e.g. the latencies recorded by the driver processes of one run. */
    public static long[] concat(Iterable<long[]> parts) {
        int total = 0;
        for (long[] part : parts) {
            total += part.length;
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
