package io.frontline.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the JSON results into the Markdown tables of docs/performance.md, between the markers
 * {@value #START} and {@value #END}; everything else in the file is left as written.
 */
public final class Report {

    public static final String START = "<!-- bench-results:start -->";
    public static final String END = "<!-- bench-results:end -->";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Report() {}

    public static void update(Path resultsDir, Path reportFile) throws IOException {
        List<RunResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(resultsDir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                results.add(JSON.readValue(file.toFile(), RunResult.class));
            }
        }
        String existing = Files.exists(reportFile)
                ? Files.readString(reportFile)
                : "# Performance\n\n" + START + "\n" + END + "\n";
        Files.writeString(reportFile, replaceBetweenMarkers(existing, render(results)));
    }

    static String replaceBetweenMarkers(String document, String content) {
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        if (start < 0 || end < start) {
            return document + "\n" + START + "\n" + content + END + "\n";
        }
        return document.substring(0, start + START.length()) + "\n" + content + document.substring(end);
    }

    static String render(List<RunResult> results) {
        StringBuilder md = new StringBuilder();
        md.append("| date | db | dataset | workload | offered/s | achieved/s | errors | p50 ms | p95 ms | p99 ms |"
                + " p99.9 ms | server CPU s / 1k ops | peak RSS MB | load | budget | measured / budget |\n");
        md.append("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        results.stream()
                .sorted(Comparator.comparing(RunResult::db)
                        .thenComparing(RunResult::dataset)
                        .thenComparing(RunResult::workload)
                        .thenComparingDouble(RunResult::offeredRate))
                .forEach(r ->
                        md.append(row(r, Budgets.forWorkload(r.workload()))).append('\n'));
        List<RunResult> started =
                results.stream().filter(r -> r.startupSeconds() != null).toList();
        if (!started.isEmpty()) {
            md.append("\n| date | db | dataset | start to first HTTP 200 | budget | idle RSS | budget |\n");
            md.append("|---|---|---|---:|---|---:|---|\n");
            started.stream()
                    .sorted(Comparator.comparing(RunResult::date).thenComparing(RunResult::db))
                    .forEach(r -> md.append(String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %.2f s | ≤ %.0f s (%s) | %.0f MB | ≤ %.0f MB (%s) |%n",
                            r.date(),
                            r.db(),
                            r.dataset(),
                            r.startupSeconds(),
                            Budgets.STARTUP_SECONDS,
                            ratio(r.startupSeconds() / Budgets.STARTUP_SECONDS, false),
                            r.idleRssMb(),
                            Budgets.IDLE_RSS_MB,
                            ratio(r.idleRssMb() / Budgets.IDLE_RSS_MB, false))));
        }
        return md.toString();
    }

    public static String row(RunResult r, List<Budget> budgets) {
        List<String> texts = new ArrayList<>();
        List<String> verdicts = new ArrayList<>();
        for (Budget budget : budgets) {
            if (budget.applies(r)) {
                texts.add(budget.text());
                verdicts.add(ratio(budget.ratio(r), budget.higherIsBetter()));
            }
        }
        return String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %.0f | %.0f | %.2f%% | %.1f | %.1f | %.1f | %.1f | %.2f | %.0f | %.1f | %s | %s |",
                r.date(),
                r.db(),
                r.dataset(),
                r.workload(),
                r.offeredRate(),
                r.throughput(),
                r.errorRate() * 100,
                r.p50(),
                r.p95(),
                r.p99(),
                r.p999(),
                r.cpuSecondsPer1000(),
                r.peakRssMb(),
                r.loadAverage(),
                texts.isEmpty() ? "—" : String.join("; ", texts),
                verdicts.isEmpty() ? "—" : String.join("; ", verdicts));
    }

    /** A ratio with its verdict: {@code 0.62 ✓} when the budget holds, {@code 1.40 ✗} when it does not. */
    static String ratio(double ratio, boolean higherIsBetter) {
        boolean holds = higherIsBetter ? ratio >= 1.0 : ratio <= 1.0;
        return String.format(Locale.ROOT, "%.2f %s", ratio, holds ? "✓" : "✗");
    }
}
