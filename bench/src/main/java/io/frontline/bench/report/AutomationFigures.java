package io.frontline.bench.report;

/**
 * What the automation workload measures besides the generic figures of {@link RunResult} (which, for this workload,
 * are those of ticket creation with the rules active): the rule set (SLA policies, triggers, time rules), the same
 * creation run on the same dataset without any rule ({@code baseline}, its own server start), and the passes of the SLA
 * checker and of the time rules that ran during the measured window with the rules active, as the server's metrics
 * recorded them. {@code catchUpSeconds}: how long after the rules were created both jobs had completed a full pass
 * with them (the catch-up of what fell due since the dataset's end), before the warm-up; {@code null} when the runner
 * did not wait or gave up.
 */
public record AutomationFigures(
        int slaPolicies,
        int triggers,
        int timeRules,
        RunResult baseline,
        JobFigures slaCheck,
        JobFigures timeRulePasses,
        Double catchUpSeconds) {

    /** Tickets created per second with the rules, as a share of those without (1.0: no slower). */
    public double throughputRatio(RunResult withRules) {
        return baseline.throughput() == 0 ? Double.NaN : withRules.throughput() / baseline.throughput();
    }

    /** p99 latency of creation with the rules over the p99 without (1.0: no slower). */
    public double p99Ratio(RunResult withRules) {
        return baseline.p99() == 0 ? Double.NaN : withRules.p99() / baseline.p99();
    }

    /** Server CPU per 1,000 created tickets with the rules over the same without. */
    public double cpuRatio(RunResult withRules) {
        return baseline.cpuSecondsPer1000() == 0
                ? Double.NaN
                : withRules.cpuSecondsPer1000() / baseline.cpuSecondsPer1000();
    }
}
