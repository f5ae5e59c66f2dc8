package io.frontline.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class ReportTest {

    private static RunResult result(
            String workload, int perOperation, double rate, long total, long ko, double p95, double p99) {
        GatlingStats stats = new GatlingStats(total, total - ko, ko, 5, p95, p99, p99 * 2, p99 * 3);
        return RunResult.of(
                workload,
                perOperation,
                "postgres",
                "full",
                rate,
                60,
                stats,
                30,
                512,
                2.5,
                280.0,
                "2 cores",
                1.5,
                "2026-11-22",
                "bench/run.sh ...");
    }

    @Test
    void derivesThroughputErrorRateAndCpuPerThousandOperations() {
        RunResult r = result("create", 1, 1000, 60_000, 600, 12, 40);

        assertThat(r.throughput()).isEqualTo((60_000 - 600) / 60.0);
        assertThat(r.errorRate()).isEqualTo(0.01);
        assertThat(r.cpuSecondsPer1000()).isEqualTo(0.5);
    }

    @Test
    void countsAnOperationOfTwoRequestsOnce() {
        RunResult r = result("open", 2, 100, 12_000, 0, 8, 15);

        assertThat(r.operations()).isEqualTo(6_000);
        assertThat(r.throughput()).isEqualTo(100);
    }

    @Test
    void comparesEachResultWithItsBudgetAsARatio() {
        String fast = Report.row(result("queue", 1, 200, 12_000, 0, 12, 30), Budgets.forWorkload("queue"));
        String slow = Report.row(result("queue", 1, 200, 12_000, 0, 30, 60), Budgets.forWorkload("queue"));

        assertThat(fast).endsWith("| p95 ≤ 20 ms | 0.60 ✓ |");
        assertThat(slow).endsWith("| p95 ≤ 20 ms | 1.50 ✗ |");
    }

    @Test
    void checksTheLatencyBudgetOfCreationOnlyAtItsOfferedRate() {
        String atBudgetRate = Report.row(result("create", 1, 1000, 60_000, 0, 20, 40), Budgets.forWorkload("create"));
        String elsewhere = Report.row(result("create", 1, 1500, 90_000, 0, 20, 40), Budgets.forWorkload("create"));

        assertThat(atBudgetRate).contains("p99 ≤ 50 ms at 1,000/s").contains("0.80 ✓");
        assertThat(elsewhere).doesNotContain("p99 ≤ 50 ms").contains("0.75 ✗");
    }

    @Test
    void rewritesOnlyTheResultsSectionOfTheDocument(@TempDir Path dir) throws Exception {
        Path results = Files.createDirectories(dir.resolve("results"));
        Files.writeString(
                results.resolve("a.json"),
                JsonMapper.builder().build().writeValueAsString(result("open", 2, 100, 12_000, 0, 8, 15)));
        Path doc = dir.resolve("performance.md");
        Files.writeString(
                doc, "# Title\n\nprose\n\n" + Report.START + "\nold table\n" + Report.END + "\n\nmore prose\n");

        Report.update(results, doc);

        String updated = Files.readString(doc);
        assertThat(updated).startsWith("# Title\n\nprose\n\n").endsWith("\n\nmore prose\n");
        assertThat(updated)
                .doesNotContain("old table")
                .contains("| postgres | full | open | 100 | 100 |")
                .contains("| 1.5 | p95 ≤ 20 ms |");
        assertThat(updated).contains("| 2.50 s | ≤ 3 s (0.83 ✓) | 280 MB | ≤ 300 MB (0.93 ✓) |");
    }

    @Test
    void holdsSearchToBothItsMedianAndItsTail() {
        String row = Report.row(result("search", 1, 100, 6_000, 0, 20, 40), Budgets.forWorkload("search"));

        assertThat(row).endsWith("| p50 ≤ 5 ms; p99 ≤ 60 ms | 1.00 ✓; 0.67 ✓ |");
    }

    private static RunResult repeated(double p95, double loadBefore, double loadAfter) {
        return repeatedOn("2026-11-22", p95, loadBefore, loadAfter);
    }

    private static RunResult repeatedOn(String date, double p95, double loadBefore, double loadAfter) {
        GatlingStats stats = new GatlingStats(6_000, 6_000, 0, 4, p95, p95 * 2, p95 * 3, p95 * 4);
        return RunResult.of(
                "page-ticket",
                1,
                "h2",
                "full",
                100,
                60,
                stats,
                30,
                512,
                20.0,
                600.0,
                "2 cores",
                loadAfter,
                date,
                "bench/run.sh ...",
                loadBefore,
                null);
    }

    @Test
    void summarisesRepeatedRunsByTheirMedianAndHoldsTheMedianToTheBudget() {
        String table = Report.render(List.of(repeated(30, 1.0, 2.0), repeated(10, 3.0, 4.0), repeated(18, 2.0, 5.5)));

        assertThat(table)
                .contains("| 2026-11-22 | h2 | full | page-ticket | 100 | 3 | 100 | 0.00% | 4.0 | 18.0 | 36.0 | 5.00 |"
                        + " 1.0–3.0 → 2.0–5.5 | p95 ≤ 20 ms | 0.90 ✓ |")
                .contains("| 10.0 | 20.0 | 30.0 | 5.00 | 512 | 3.0 → 4.0 | p95 ≤ 20 ms | 0.50 ✓ |");
    }

    @Test
    void takesTheMeanOfTheMiddleTwoForAnEvenNumberOfRuns() {
        assertThat(Report.median(List.of(repeated(10, 1, 1), repeated(20, 1, 1)), RunResult::p95))
                .isEqualTo(15);
    }

    @Test
    void readsResultsWrittenBeforeLoadBeforeAndVariantWereRecorded() throws Exception {
        String old = """
                {"workload":"open","db":"postgres","dataset":"full","offeredRate":100.0,"durationSeconds":60,
                 "operations":6000,"ok":6000,"ko":0,"errorRate":0.0,"throughput":100.0,"p50":2.0,"p95":6.0,
                 "p99":15.0,"p999":109.0,"max":300.0,"cpuSecondsPer1000":5.68,"peakRssMb":570.0,
                 "startupSeconds":16.3,"idleRssMb":479.0,"machine":"2 cores","loadAverage":1.9,
                 "date":"2026-11-22","command":"..."}""";

        RunResult r = JsonMapper.builder().build().readValue(old, RunResult.class);

        assertThat(r.loadAverageBefore()).isNull();
        assertThat(r.variant()).isNull();
        assertThat(Report.render(List.of(r))).contains("| 1 | 100 | 0.00% | 2.0 | 6.0 | 15.0 | 5.68 | ? → 1.9 |");
    }

    @Test
    void listsServerStartsWithoutAWorkloadOnlyAmongTheStarts() {
        RunResult start = RunResult.startup(
                "h2", "empty", 4.0, 250, "2 cores", 1.2, "2026-11-22", "bench/run.sh ...", 0.8, "aot");

        String table = Report.render(List.of(start));

        assertThat(table).doesNotContain("| startup |").doesNotContain("Medians over");
        assertThat(table)
                .contains("| 2026-11-22 | h2 | empty (aot) | 1 | 4.00 s | ≤ 3 s (1.33 ✗) | 250 MB | ≤ 300 MB (0.83 ✓) |"
                        + " 0.8 → 1.2 |");
    }

    @Test
    void neverPoolsRunsOfDifferentDaysIntoOneMedian() {
        String table = Report.render(List.of(
                repeatedOn("2026-11-22", 30, 1, 1),
                repeatedOn("2026-12-07", 10, 1, 1),
                repeatedOn("2026-12-07", 12, 1, 1)));

        assertThat(table)
                .contains("| 2026-11-22 | h2 | full | page-ticket | 100 | 1 | 100 | 0.00% | 4.0 | 30.0 |")
                .contains("| 2026-12-07 | h2 | full | page-ticket | 100 | 2 | 100 | 0.00% | 4.0 | 11.0 |");
    }

    @Test
    void keepsVariantsApartFromThePlainRuns() {
        GatlingStats stats = new GatlingStats(6_000, 6_000, 0, 4, 8, 16, 24, 32);
        RunResult tuned = RunResult.of(
                "queue",
                1,
                "h2",
                "full",
                100,
                60,
                stats,
                30,
                512,
                null,
                null,
                "2 cores",
                1,
                "2026-11-22",
                "...",
                1.0,
                "cache=256m");

        String table = Report.render(List.of(tuned, repeated(30, 1, 1)));

        assertThat(table).contains("| h2 | full | queue (cache=256m) | 100 | 1 |");
    }

    @Test
    void listsBudgetsForEveryCoreWorkload() {
        for (String workload :
                List.of("create", "open", "queue", "reply", "search", "page-queue", "page-ticket", "page-nav")) {
            assertThat(Budgets.forWorkload(workload)).isNotEmpty();
        }
    }

    @Test
    void neverPrintsAMissAsARatioOfOne() {
        assertThat(Report.ratio(0.9992, true)).isEqualTo("0.9992 ✗");
        assertThat(Report.ratio(1.004, false)).isEqualTo("1.0040 ✗");
        assertThat(Report.ratio(0.996, false)).isEqualTo("1.00 ✓");
    }
}
