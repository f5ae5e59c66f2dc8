package io.frontline.bench.report;

/**
 * The result of one workload run, as kept in {@code bench/results/*.json}. Latencies are per HTTP request, in
 * milliseconds; throughput is successful operations per second (an operation may take several requests, e.g.
 * opening a ticket reads the ticket and its messages); CPU is the server process's user+system time per 1,000
 * operations; {@code loadAverage} is the machine's 1-minute load average at the end of the measured run, so that a
 * figure taken on a busy machine can be recognised as such.
 */
public record RunResult(
        String workload,
        String db,
        String dataset,
        double offeredRate,
        long durationSeconds,
        long operations,
        long ok,
        long ko,
        double errorRate,
        double throughput,
        double p50,
        double p95,
        double p99,
        double p999,
        double max,
        double cpuSecondsPer1000,
        double peakRssMb,
        Double startupSeconds,
        Double idleRssMb,
        String machine,
        double loadAverage,
        String date,
        String command) {

    public static RunResult of(
            String workload,
            int requestsPerOperation,
            String db,
            String dataset,
            double offeredRate,
            long durationSeconds,
            GatlingStats stats,
            double serverCpuSeconds,
            double peakRssMb,
            Double startupSeconds,
            Double idleRssMb,
            String machine,
            double loadAverage,
            String date,
            String command) {
        long operations = stats.total() / requestsPerOperation;
        return new RunResult(
                workload,
                db,
                dataset,
                offeredRate,
                durationSeconds,
                operations,
                stats.ok() / requestsPerOperation,
                stats.ko(),
                stats.total() == 0 ? 0 : (double) stats.ko() / stats.total(),
                (double) stats.ok() / requestsPerOperation / durationSeconds,
                stats.p50(),
                stats.p95(),
                stats.p99(),
                stats.p999(),
                stats.max(),
                operations == 0 ? 0 : serverCpuSeconds * 1000 / operations,
                peakRssMb,
                startupSeconds,
                idleRssMb,
                machine,
                loadAverage,
                date,
                command);
    }
}
