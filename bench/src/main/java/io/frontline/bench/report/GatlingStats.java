package io.frontline.bench.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of one Gatling run, read from the "Global Information" summary Gatling prints at the end of a run
 * (its HTML report carries no machine-readable statistics since 3.14): request counts and the response-time
 * percentiles configured in {@code gatling.conf} (p50, p95, p99, p99.9), in milliseconds, over all requests.
 */
public record GatlingStats(long total, long ok, long ko, double p50, double p95, double p99, double p999, double max) {

    private static final Pattern LINE =
            Pattern.compile("^> (.+?)\\s+\\|\\s*(\\S+)\\s*\\|\\s*(\\S+)\\s*\\|\\s*(\\S+)\\s*$");

    public static GatlingStats parse(String consoleOutput) {
        String summary = consoleOutput.substring(lastGlobalBlock(consoleOutput));
        long total = -1;
        long ok = 0;
        long ko = 0;
        double p50 = Double.NaN;
        double p95 = Double.NaN;
        double p99 = Double.NaN;
        double p999 = Double.NaN;
        double max = Double.NaN;
        for (String line : summary.lines().toList()) {
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String label = m.group(1).strip();
            switch (label) {
                case "request count" -> {
                    total = number(m.group(2)).longValue();
                    ok = number(m.group(3)).longValue();
                    ko = number(m.group(4)).longValue();
                }
                case "response time 50th percentile (ms)" ->
                    p50 = number(m.group(2)).doubleValue();
                case "response time 95th percentile (ms)" ->
                    p95 = number(m.group(2)).doubleValue();
                case "response time 99th percentile (ms)" ->
                    p99 = number(m.group(2)).doubleValue();
                case "response time 99.9th percentile (ms)" ->
                    p999 = number(m.group(2)).doubleValue();
                case "max response time (ms)" -> max = number(m.group(2)).doubleValue();
                default -> {}
            }
        }
        if (total < 0 || Double.isNaN(p50) || Double.isNaN(p999)) {
            throw new IllegalArgumentException("no Gatling global summary with p50..p99.9 in the output");
        }
        return new GatlingStats(total, ok, ko, p50, p95, p99, p999, max);
    }

    private static int lastGlobalBlock(String output) {
        int at = output.lastIndexOf("---- Global Information");
        if (at < 0) {
            throw new IllegalArgumentException("no Gatling global summary in the output");
        }
        return at;
    }

    private static Number number(String cell) {
        return cell.equals("-") ? 0 : Double.parseDouble(cell.replace(",", ""));
    }
}
