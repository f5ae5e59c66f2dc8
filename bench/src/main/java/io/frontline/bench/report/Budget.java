package io.frontline.bench.report;

/**
 * One performance budget of DESIGN.md section 6: a metric, its limit and whether higher is better. A {@code rate} of
 * {@code null} means the budget holds at any offered rate; otherwise it is checked only at that offered rate.
 */
public record Budget(String metric, double limit, boolean higherIsBetter, Double atRate, String text) {

    public double value(RunResult result) {
        return switch (metric) {
            case "throughput" -> result.throughput();
            case "p50" -> result.p50();
            case "p95" -> result.p95();
            case "p99" -> result.p99();
            case "sockets" -> result.chat() == null ? 0 : result.chat().openSockets();
            default -> throw new IllegalStateException("unknown metric " + metric);
        };
    }

    /** measured / limit for latencies, achieved / limit for throughput; holds when 1.0 or better. */
    public double ratio(RunResult result) {
        return value(result) / limit;
    }

    public boolean holds(RunResult result) {
        double ratio = ratio(result);
        return higherIsBetter ? ratio >= 1.0 : ratio <= 1.0;
    }

    public boolean applies(RunResult result) {
        return atRate == null || Math.abs(result.offeredRate() - atRate) < 0.5;
    }
}
