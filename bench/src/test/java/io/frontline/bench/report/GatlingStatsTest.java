package io.frontline.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GatlingStatsTest {

    private static String fixture(String name) throws IOException {
        try (var in = GatlingStatsTest.class.getResourceAsStream("/gatling/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsCountsAndPercentilesFromTheConsoleSummary() throws IOException {
        GatlingStats stats = GatlingStats.parse("noise before\n" + fixture("console-summary.txt"));

        assertThat(stats.total()).isEqualTo(400);
        assertThat(stats.ok()).isEqualTo(400);
        assertThat(stats.ko()).isZero();
        assertThat(stats.p50()).isEqualTo(17);
        assertThat(stats.p95()).isEqualTo(522);
        assertThat(stats.p99()).isEqualTo(586);
        assertThat(stats.p999()).isEqualTo(3409);
        assertThat(stats.max()).isEqualTo(3409);
    }

    @Test
    void readsFailedRequestsAndThousandsSeparators() throws IOException {
        GatlingStats stats = GatlingStats.parse(fixture("console-summary-with-errors.txt"));

        assertThat(stats.total()).isEqualTo(1000);
        assertThat(stats.ok()).isEqualTo(990);
        assertThat(stats.ko()).isEqualTo(10);
    }

    @Test
    void refusesOutputWithoutASummary() {
        assertThatThrownBy(() -> GatlingStats.parse("Simulation failed")).isInstanceOf(IllegalArgumentException.class);
    }
}
