package io.frontline.bench.report;

/**
 * The passes of one timed automation job within a measured window, from the server's Prometheus metrics read at its
 * start and end: how many passes ran, their summed and mean wall time, the longest pass the server saw in its recent
 * window (Micrometer's decaying maximum), and what they did ({@code examined}: tickets looked at by the time rules,
 * {@code null} for the SLA checker; {@code acted}: time-rule firings, or SLA warnings and breaches recorded).
 */
public record JobFigures(long passes, double totalSeconds, double meanMs, double maxMs, Long examined, long acted) {

    /**
     * The figures between two scrapes of {@code /actuator/prometheus}, for the timer {@code timer} (Prometheus name,
     * without the {@code _seconds} suffix) and its counters ({@code examined} may be {@code null}).
     */
    public static JobFigures between(
            PrometheusText before, PrometheusText after, String timer, String examined, String acted) {
        long passes = Math.round(after.value(timer + "_seconds_count") - before.value(timer + "_seconds_count"));
        double seconds = after.value(timer + "_seconds_sum") - before.value(timer + "_seconds_sum");
        return new JobFigures(
                passes,
                seconds,
                passes == 0 ? 0 : seconds * 1000 / passes,
                after.value(timer + "_seconds_max") * 1000,
                examined == null ? null : Math.round(after.value(examined) - before.value(examined)),
                Math.round(after.value(acted) - before.value(acted)));
    }
}
