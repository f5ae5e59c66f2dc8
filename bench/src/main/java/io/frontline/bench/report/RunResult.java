package io.frontline.bench.report;

/**
 * The result of one workload run, as kept in {@code bench/results/*.json}. Latencies are per HTTP request, in
 * milliseconds; throughput is successful operations per second (an operation may take several requests, e.g.
 * opening a ticket reads the ticket and its messages); CPU is the server process's user+system time per 1,000
 * operations; {@code loadAverage} is the machine's 1-minute load average at the end of the measured run and
 * {@code loadAverageBefore} the one before the runner started anything, so that a figure taken on a busy machine can be
 * recognised as such. {@code variant} names a deviation from the plain server start (an AOT cache, a JVM or database
 * setting), {@code null} for none. Workload {@code startup} records only the server start. {@code chat} holds what
 * only the live-chat workload measures (sockets, lost and duplicated messages), {@code null} for the others;
 * {@code automation} what only the automation workload measures (the run without rules, the automation passes).
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
        String command,
        Double loadAverageBefore,
        String variant,
        ChatFigures chat,
        AutomationFigures automation) {

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
        return of(
                workload,
                requestsPerOperation,
                db,
                dataset,
                offeredRate,
                durationSeconds,
                stats,
                serverCpuSeconds,
                peakRssMb,
                startupSeconds,
                idleRssMb,
                machine,
                loadAverage,
                date,
                command,
                null,
                null);
    }

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
            String command,
            Double loadAverageBefore,
            String variant) {
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
                command,
                loadAverageBefore,
                variant,
                null,
                null);
    }

    /** A server start alone: start-up time and idle memory, no workload. */
    public static RunResult startup(
            String db,
            String dataset,
            double startupSeconds,
            double idleRssMb,
            String machine,
            double loadAverage,
            String date,
            String command,
            Double loadAverageBefore,
            String variant) {
        return new RunResult(
                "startup",
                db,
                dataset,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                idleRssMb,
                startupSeconds,
                idleRssMb,
                machine,
                loadAverage,
                date,
                command,
                loadAverageBefore,
                variant,
                null,
                null);
    }

    /** This result with the live-chat figures attached. */
    public RunResult withChat(ChatFigures figures) {
        return with(figures, automation);
    }

    /** This result with the automation workload's figures attached. */
    public RunResult withAutomation(AutomationFigures figures) {
        return with(chat, figures);
    }

    private RunResult with(ChatFigures chatFigures, AutomationFigures automationFigures) {
        return new RunResult(
                workload,
                db,
                dataset,
                offeredRate,
                durationSeconds,
                operations,
                ok,
                ko,
                errorRate,
                throughput,
                p50,
                p95,
                p99,
                p999,
                max,
                cpuSecondsPer1000,
                peakRssMb,
                startupSeconds,
                idleRssMb,
                machine,
                loadAverage,
                date,
                command,
                loadAverageBefore,
                variant,
                chatFigures,
                automationFigures);
    }
}
