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

    @Test
    void listsBudgetsForEveryCoreWorkload() {
        for (String workload : List.of("create", "open", "queue", "reply", "search")) {
            assertThat(Budgets.forWorkload(workload)).isNotEmpty();
        }
    }
}
