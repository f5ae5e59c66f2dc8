package io.frontline.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class AutomationReportTest {

    private static final String BEFORE = """
            # HELP frontline_automation_sla_check_seconds One pass of the SLA checker
            # TYPE frontline_automation_sla_check_seconds summary
            frontline_automation_sla_check_seconds_count{application="frontline"} 10
            frontline_automation_sla_check_seconds_sum{application="frontline"} 0.5
            frontline_automation_sla_check_seconds_max{application="frontline"} 0.09
            frontline_automation_sla_recorded_total{application="frontline"} 40.0
            frontline_automation_time_rules_pass_seconds_count 4
            frontline_automation_time_rules_pass_seconds_sum 2.0
            frontline_automation_time_rules_pass_seconds_max 0.7
            frontline_automation_time_rules_examined_total 100
            frontline_automation_time_rules_fired_total 3
            http_server_requests_seconds_count{method="POST",status="201",uri="/api/v1/tickets"} 7
            http_server_requests_seconds_count{method="GET",status="200",uri="/api/v1/tickets"} 5
            """;

    private static final String AFTER = """
            frontline_automation_sla_check_seconds_count{application="frontline"} 22
            frontline_automation_sla_check_seconds_sum{application="frontline"} 1.7
            frontline_automation_sla_check_seconds_max{application="frontline"} 0.25
            frontline_automation_sla_recorded_total{application="frontline"} 100.0
            frontline_automation_time_rules_pass_seconds_count 10
            frontline_automation_time_rules_pass_seconds_sum 5.0
            frontline_automation_time_rules_pass_seconds_max 0.8
            frontline_automation_time_rules_examined_total 700
            frontline_automation_time_rules_fired_total 9
            """;

    @Nested
    class ReadingTheServersMetrics {

        @Test
        void sumsASampleOverItsLabelsAndIgnoresComments() {
            PrometheusText text = PrometheusText.parse(BEFORE);

            assertThat(text.value("http_server_requests_seconds_count")).isEqualTo(12);
            assertThat(text.value("frontline_automation_sla_check_seconds_sum")).isEqualTo(0.5);
            assertThat(text.has("frontline_automation_sla_check_seconds")).isFalse();
            assertThat(text.value("no_such_metric")).isZero();
        }

        @Test
        void countsThePassesOfAWindowAndTheirMeanFromTwoScrapes() {
            JobFigures sla = JobFigures.between(
                    PrometheusText.parse(BEFORE),
                    PrometheusText.parse(AFTER),
                    "frontline_automation_sla_check",
                    null,
                    "frontline_automation_sla_recorded_total");

            assertThat(sla.passes()).isEqualTo(12);
            assertThat(sla.totalSeconds()).isCloseTo(1.2, within(1e-9));
            assertThat(sla.meanMs()).isCloseTo(100, within(1e-9));
            assertThat(sla.maxMs()).isCloseTo(250, within(1e-9));
            assertThat(sla.examined()).isNull();
            assertThat(sla.acted()).isEqualTo(60);
        }

        @Test
        void aWindowWithoutPassesHasNoMean() {
            JobFigures none = JobFigures.between(
                    PrometheusText.parse(AFTER),
                    PrometheusText.parse(AFTER),
                    "frontline_automation_time_rules_pass",
                    "frontline_automation_time_rules_examined_total",
                    "frontline_automation_time_rules_fired_total");

            assertThat(none.passes()).isZero();
            assertThat(none.meanMs()).isZero();
            assertThat(none.examined()).isZero();
        }
    }

    private static RunResult creation(double okPerSecond, double p99, double cpuSeconds) {
        long ok = (long) (okPerSecond * 60);
        GatlingStats stats = new GatlingStats(ok, ok, 0, 20, p99 / 2, p99, p99 * 2, p99 * 3);
        return RunResult.of(
                "automation",
                1,
                "h2",
                "medium",
                40,
                60,
                stats,
                cpuSeconds,
                900,
                30.0,
                500.0,
                "2 cores",
                5.0,
                "2026-12-07",
                "bench/run.sh --workload automation ...",
                4.0,
                null);
    }

    private static RunResult automationRun() {
        JobFigures sla = JobFigures.between(
                PrometheusText.parse(BEFORE),
                PrometheusText.parse(AFTER),
                "frontline_automation_sla_check",
                null,
                "frontline_automation_sla_recorded_total");
        JobFigures time = JobFigures.between(
                PrometheusText.parse(BEFORE),
                PrometheusText.parse(AFTER),
                "frontline_automation_time_rules_pass",
                "frontline_automation_time_rules_examined_total",
                "frontline_automation_time_rules_fired_total");
        return creation(36, 300, 43.2)
                .withAutomation(new AutomationFigures(5, 4, 4, creation(40, 200, 40), sla, time, 95.4));
    }

    @Nested
    class ComparingWithAndWithoutRules {

        @Test
        void ratiosAreWithRulesOverWithout() {
            RunResult run = automationRun();

            assertThat(run.automation().throughputRatio(run)).isCloseTo(0.9, within(1e-9));
            assertThat(run.automation().p99Ratio(run)).isCloseTo(1.5, within(1e-9));
            assertThat(run.automation().cpuRatio(run)).isCloseTo(1.2, within(1e-9));
        }

        @Test
        void aRowShowsBothRunsTheRatiosAndThePasses() {
            String row = Report.automationRow(automationRun());

            assertThat(row)
                    .startsWith(
                            "| 2026-12-07 | h2 | medium | 40 | 5 / 4 / 4 | 95 | 40.0 → 36.0 | 0.90 | 200.0 → 300.0 | 1.50 |")
                    .contains("| 16.67 → 20.00 | 1.20 | 900 → 900 |")
                    .contains("| 12 | 100.0 / 250.0 | 60 | 6 | 500.0 / 800.0 | 600 / 6 |")
                    .endsWith("| 4.0 → 5.0 | 4.0 → 5.0 |");
        }

        @Test
        void theReportHasAnAutomationTableAndHoldsCreationWithRulesToTheCreationBudget(@TempDir Path dir)
                throws Exception {
            Path results = Files.createDirectories(dir.resolve("results"));
            Files.writeString(
                    results.resolve("a.json"), JsonMapper.builder().build().writeValueAsString(automationRun()));
            Path doc = dir.resolve("performance.md");

            Report.update(results, doc);

            String updated = Files.readString(doc);
            assertThat(updated).contains("Automation, every run").contains("| 5 / 4 / 4 | 95 | 40.0 → 36.0 | 0.90 |");
            assertThat(Budgets.forWorkload("automation")).isEqualTo(Budgets.forWorkload("create"));
            assertThat(List.of(updated.split("\n")))
                    .anyMatch(line -> line.contains("| automation | 40 |") && line.contains("≥ 2,000 tickets/s"));
        }
    }
}
