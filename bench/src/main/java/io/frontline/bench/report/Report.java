package io.frontline.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
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
        List<RunResult> workloads =
                results.stream().filter(r -> !isStartupOnly(r)).toList();
        Comparator<RunResult> order = Comparator.comparing(RunResult::db)
                .thenComparing(RunResult::dataset)
                .thenComparing(RunResult::workload)
                .thenComparing(r -> r.variant() == null ? "" : r.variant())
                .thenComparingDouble(RunResult::offeredRate);
        if (!workloads.isEmpty()) {
            md.append(
                    "Medians over the repeated runs of each workload, rate and variant on one day (each figure the median of"
                            + " its own column; the verdict compares the median with the budget):\n\n");
            md.append("| date | db | dataset | workload | offered/s | runs | achieved/s | errors | p50 ms | p95 ms |"
                    + " p99 ms | server CPU s / 1k ops | load before → after | budget | median / budget |\n");
            md.append("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|\n");
            Map<String, List<RunResult>> groups = new TreeMap<>();
            workloads.stream()
                    .sorted(order)
                    .forEach(r -> groups.computeIfAbsent(groupKey(r, true), k -> new ArrayList<>())
                            .add(r));
            groups.values().forEach(g -> md.append(medianRow(g)).append('\n'));
            md.append("\nEvery run:\n\n");
        }
        md.append("| date | db | dataset | workload | offered/s | achieved/s | errors | p50 ms | p95 ms | p99 ms |"
                + " p99.9 ms | server CPU s / 1k ops | peak RSS MB | load | budget | measured / budget |\n");
        md.append("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        workloads.stream()
                .sorted(order)
                .forEach(r ->
                        md.append(row(r, Budgets.forWorkload(r.workload()))).append('\n'));
        List<RunResult> chats =
                workloads.stream().filter(r -> r.chat() != null).sorted(order).toList();
        if (!chats.isEmpty()) {
            md.append(
                    "\nLive chat, every run (latencies from each message's due instant to its broadcast; \"own\" is the"
                            + " sender's subscription, \"2nd\" a second socket of the same visitor):\n\n");
            md.append("| date | db | dataset | offered msg/s | sockets asked | open | open at end | conversations |"
                    + " sent | lost | duplicated | 2nd lost / dup | own p50 ms | own p99 ms | own p99.9 ms |"
                    + " 2nd p99 ms | driver lag p99 ms | STOMP errors | server CPU s / 1k msgs | peak RSS MB |"
                    + " processes | open-files limit | load |\n");
            md.append(
                    "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
                            + "---:|---:|---|\n");
            chats.forEach(r -> md.append(chatRow(r)).append('\n'));
        }
        List<RunResult> automations = workloads.stream()
                .filter(r -> r.automation() != null)
                .sorted(order)
                .toList();
        if (!automations.isEmpty()) {
            md.append("\nAutomation, every run (ticket creation at the same offered rate on the same dataset, first"
                    + " without any rule, then with the rule set active; \"ratio\" is with rules over without; the"
                    + " passes are those of the SLA checker and of the time rules during the measured window with"
                    + " rules, max as the server's timer saw it):\n\n");
            md.append(
                    "| date | db | dataset | offered/s | rules (SLA / triggers / time) | catch-up s | created/s without → with |"
                            + " ratio | p99 ms without → with | ratio | errors without → with | server CPU s / 1k without →"
                            + " with | ratio | peak RSS MB without → with | SLA passes | SLA pass mean / max ms |"
                            + " warnings + breaches | time-rule passes | time-rule pass mean / max ms | examined / fired |"
                            + " load, run without | load, run with |\n");
            md.append(
                    "|---|---|---|---:|---|---:|---|---:|---|---:|---|---|---:|---|---:|---|---:|---:|---|---|---|---|\n");
            automations.forEach(r -> md.append(automationRow(r)).append('\n'));
        }
        List<RunResult> started =
                results.stream().filter(r -> r.startupSeconds() != null).toList();
        if (!started.isEmpty()) {
            md.append("\nServer starts, medians (every run above started its own server; `startup` runs only start"
                    + " it):\n\n");
            md.append("| date | db | dataset | starts | start to first HTTP 200 | budget | idle RSS | budget |"
                    + " load before → after |\n");
            md.append("|---|---|---|---:|---:|---|---:|---|---|\n");
            Map<String, List<RunResult>> groups = new TreeMap<>();
            started.forEach(r -> groups.computeIfAbsent(groupKey(r, false), k -> new ArrayList<>())
                    .add(r));
            for (List<RunResult> g : groups.values()) {
                double startup = median(g, RunResult::startupSeconds);
                double idle = median(g, RunResult::idleRssMb);
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %d | %.2f s | ≤ %.0f s (%s) | %.0f MB | ≤ %.0f MB (%s) | %s |%n",
                        latestDate(g),
                        g.getFirst().db(),
                        withVariant(g.getFirst().dataset(), g.getFirst()),
                        g.size(),
                        startup,
                        Budgets.STARTUP_SECONDS,
                        ratio(startup / Budgets.STARTUP_SECONDS, false),
                        idle,
                        Budgets.IDLE_RSS_MB,
                        ratio(idle / Budgets.IDLE_RSS_MB, false),
                        loadRange(g)));
            }
            md.append("\nEvery start:\n\n");
            md.append("| date | db | dataset | start to first HTTP 200 | budget | idle RSS | budget | load |\n");
            md.append("|---|---|---|---:|---|---:|---|---|\n");
            started.stream()
                    .sorted(Comparator.comparing(RunResult::date)
                            .thenComparing(RunResult::db)
                            .thenComparing(RunResult::dataset)
                            .thenComparing(r -> r.variant() == null ? "" : r.variant()))
                    .forEach(r -> md.append(String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %.2f s | ≤ %.0f s (%s) | %.0f MB | ≤ %.0f MB (%s) | %s |%n",
                            r.date(),
                            r.db(),
                            withVariant(r.dataset(), r),
                            r.startupSeconds(),
                            Budgets.STARTUP_SECONDS,
                            ratio(r.startupSeconds() / Budgets.STARTUP_SECONDS, false),
                            r.idleRssMb(),
                            Budgets.IDLE_RSS_MB,
                            ratio(r.idleRssMb() / Budgets.IDLE_RSS_MB, false),
                            load(r))));
        }
        return md.toString();
    }

    static boolean isStartupOnly(RunResult r) {
        return "startup".equals(r.workload());
    }

    private static String groupKey(RunResult r, boolean withWorkload) {
        return String.join(
                "\u0000",
                r.db(),
                r.dataset(),
                withWorkload ? r.workload() : "",
                r.variant() == null ? "" : r.variant(),
                withWorkload ? String.format(Locale.ROOT, "%012.3f", r.offeredRate()) : "",
                // runs of different days measured different code: never one median
                r.date());
    }

    /** One line for a group of repeated runs: the median of each column, and the medians held to the budgets. */
    static String medianRow(List<RunResult> group) {
        RunResult first = group.getFirst();
        RunResult median = new RunResult(
                first.workload(),
                first.db(),
                first.dataset(),
                first.offeredRate(),
                first.durationSeconds(),
                (long) median(group, r -> (double) r.operations()),
                (long) median(group, r -> (double) r.ok()),
                (long) median(group, r -> (double) r.ko()),
                median(group, RunResult::errorRate),
                median(group, RunResult::throughput),
                median(group, RunResult::p50),
                median(group, RunResult::p95),
                median(group, RunResult::p99),
                median(group, RunResult::p999),
                median(group, RunResult::max),
                median(group, RunResult::cpuSecondsPer1000),
                median(group, RunResult::peakRssMb),
                null,
                null,
                first.machine(),
                median(group, RunResult::loadAverage),
                latestDate(group),
                first.command(),
                null,
                first.variant(),
                medianChat(group),
                null);
        List<String> texts = new ArrayList<>();
        List<String> verdicts = new ArrayList<>();
        for (Budget budget : Budgets.forWorkload(median.workload())) {
            if (budget.applies(median)) {
                texts.add(budget.text());
                verdicts.add(ratio(budget.ratio(median), budget.higherIsBetter()));
            }
        }
        return String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %.0f | %d | %.0f | %.2f%% | %.1f | %.1f | %.1f | %.2f | %s | %s | %s |",
                median.date(),
                median.db(),
                median.dataset(),
                withVariant(median.workload(), median),
                median.offeredRate(),
                group.size(),
                median.throughput(),
                median.errorRate() * 100,
                median.p50(),
                median.p95(),
                median.p99(),
                median.cpuSecondsPer1000(),
                loadRange(group),
                texts.isEmpty() ? "—" : String.join("; ", texts),
                verdicts.isEmpty() ? "—" : String.join("; ", verdicts));
    }

    /** The live-chat figures of a group of repeated runs, each the median of its own column. */
    static ChatFigures medianChat(List<RunResult> group) {
        List<RunResult> chats = group.stream().filter(r -> r.chat() != null).toList();
        if (chats.isEmpty()) {
            return null;
        }
        ChatFigures first = chats.getFirst().chat();
        return new ChatFigures(
                first.requestedSockets(),
                (int) median(chats, r -> (double) r.chat().openSockets()),
                (int) median(chats, r -> (double) r.chat().openAtEnd()),
                first.conversations(),
                first.processes(),
                (long) median(chats, r -> (double) r.chat().sent()),
                (long) median(chats, r -> (double) r.chat().delivered()),
                (long) median(chats, r -> (double) r.chat().lost()),
                (long) median(chats, r -> (double) r.chat().duplicated()),
                (long) median(chats, r -> (double) r.chat().sendFailures()),
                (long) median(chats, r -> (double) r.chat().unknown()),
                null,
                null,
                null,
                null,
                null,
                median(chats, r -> r.chat().sendLagP99Ms()),
                (long) median(chats, r -> (double) r.chat().stompErrors()),
                median(chats, r -> r.chat().setupSeconds()),
                first.openFilesLimit());
    }

    static String chatRow(RunResult r) {
        ChatFigures c = r.chat();
        return String.format(
                Locale.ROOT,
                "| %s | %s | %s | %.0f | %d | %d | %d | %d | %d | %d | %d | %s | %.1f | %.1f | %.1f | %s | %.1f | %d |"
                        + " %.2f | %.0f | %d | %s | %s |",
                r.date(),
                r.db(),
                withVariant(r.dataset(), r),
                r.offeredRate(),
                c.requestedSockets(),
                c.openSockets(),
                c.openAtEnd(),
                c.conversations(),
                c.sent(),
                c.lost(),
                c.duplicated(),
                c.secondLost() == null ? "—" : c.secondLost() + " / " + c.secondDuplicated(),
                r.p50(),
                r.p99(),
                r.p999(),
                c.secondP99() == null ? "—" : String.format(Locale.ROOT, "%.1f", c.secondP99()),
                c.sendLagP99Ms(),
                c.stompErrors(),
                r.cpuSecondsPer1000(),
                r.peakRssMb(),
                c.processes(),
                c.openFilesLimit() == null ? "?" : String.valueOf(c.openFilesLimit()),
                load(r));
    }

    static String automationRow(RunResult r) {
        AutomationFigures a = r.automation();
        RunResult b = a.baseline();
        JobFigures sla = a.slaCheck();
        JobFigures time = a.timeRulePasses();
        return String.format(
                Locale.ROOT,
                "| %s | %s | %s | %.0f | %d / %d / %d | %s | %.1f → %.1f | %.2f | %.1f → %.1f | %.2f | %.2f%% → %.2f%% |"
                        + " %.2f → %.2f | %.2f | %.0f → %.0f | %d | %.1f / %.1f | %d | %d | %.1f / %.1f | %s / %d |"
                        + " %s | %s |",
                r.date(),
                r.db(),
                withVariant(r.dataset(), r),
                r.offeredRate(),
                a.slaPolicies(),
                a.triggers(),
                a.timeRules(),
                a.catchUpSeconds() == null ? "—" : String.format(Locale.ROOT, "%.0f", a.catchUpSeconds()),
                b.throughput(),
                r.throughput(),
                a.throughputRatio(r),
                b.p99(),
                r.p99(),
                a.p99Ratio(r),
                b.errorRate() * 100,
                r.errorRate() * 100,
                b.cpuSecondsPer1000(),
                r.cpuSecondsPer1000(),
                a.cpuRatio(r),
                b.peakRssMb(),
                r.peakRssMb(),
                sla.passes(),
                sla.meanMs(),
                sla.maxMs(),
                sla.acted(),
                time.passes(),
                time.meanMs(),
                time.maxMs(),
                time.examined() == null ? "?" : String.valueOf(time.examined()),
                time.acted(),
                load(b),
                load(r));
    }

    static double median(List<RunResult> group, Function<RunResult, Double> metric) {
        double[] values = group.stream()
                .map(metric)
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .sorted()
                .toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static String latestDate(List<RunResult> group) {
        return group.stream().map(RunResult::date).max(String::compareTo).orElse("");
    }

    /** The 1-minute load averages of a group: before the runs started and at their ends, as ranges. */
    private static String loadRange(List<RunResult> group) {
        DoubleSummaryStatistics after =
                group.stream().mapToDouble(RunResult::loadAverage).summaryStatistics();
        DoubleSummaryStatistics before = group.stream()
                .filter(r -> r.loadAverageBefore() != null)
                .mapToDouble(RunResult::loadAverageBefore)
                .summaryStatistics();
        return (before.getCount() == 0 ? "?" : range(before)) + " → " + range(after);
    }

    private static String range(DoubleSummaryStatistics s) {
        return Math.abs(s.getMax() - s.getMin()) < 0.05
                ? String.format(Locale.ROOT, "%.1f", s.getMin())
                : String.format(Locale.ROOT, "%.1f–%.1f", s.getMin(), s.getMax());
    }

    private static String load(RunResult r) {
        return r.loadAverageBefore() == null
                ? String.format(Locale.ROOT, "%.1f", r.loadAverage())
                : String.format(Locale.ROOT, "%.1f → %.1f", r.loadAverageBefore(), r.loadAverage());
    }

    private static String withVariant(String name, RunResult r) {
        return r.variant() == null || r.variant().isBlank() ? name : name + " (" + r.variant() + ")";
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
                "| %s | %s | %s | %s | %.0f | %.0f | %.2f%% | %.1f | %.1f | %.1f | %.1f | %.2f | %.0f | %s | %s | %s |",
                r.date(),
                r.db(),
                r.dataset(),
                withVariant(r.workload(), r),
                r.offeredRate(),
                r.throughput(),
                r.errorRate() * 100,
                r.p50(),
                r.p95(),
                r.p99(),
                r.p999(),
                r.cpuSecondsPer1000(),
                r.peakRssMb(),
                load(r),
                texts.isEmpty() ? "—" : String.join("; ", texts),
                verdicts.isEmpty() ? "—" : String.join("; ", verdicts));
    }

    /** A ratio with its verdict: {@code 0.62 ✓} when the budget holds, {@code 1.40 ✗} when it does not. */
    static String ratio(double ratio, boolean higherIsBetter) {
        boolean holds = higherIsBetter ? ratio >= 1.0 : ratio <= 1.0;
        // a miss must not print as 1.00 (19,984 of 20,000 sockets is 0.9992)
        String digits = !holds && String.format(Locale.ROOT, "%.2f", ratio).equals("1.00") ? "%.4f %s" : "%.2f %s";
        return String.format(Locale.ROOT, digits, ratio, holds ? "✓" : "✗");
    }
}
