package io.frontline.bench.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.bench.report.Budgets;
import io.frontline.bench.report.Report;
import io.frontline.bench.report.RunResult;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ChatRunTest {

    private static ChatShardResult shard(int index, int opened, long sent, long lost, long dup, long[] latencies) {
        return new ChatShardResult(
                index,
                "127.0.0." + (2 + index),
                10_000,
                opened,
                opened - 1,
                10_000 - opened,
                100,
                500,
                20,
                60,
                42.0,
                sent,
                0,
                0,
                List.of(
                        new ChatShardResult.Receiver(sent - lost, lost, dup, latencies),
                        new ChatShardResult.Receiver(sent, 0, 0, latencies)),
                1_500,
                4_000,
                0,
                List.of());
    }

    @Test
    void poolsTheLatenciesOfAllProcessesBeforeTakingPercentiles() {
        // one process fast (1..1000 µs), one slow (100..199.9 ms): the pooled p99 is rank 1980 of 2000, in the slow
        // part
        long[] fast = LongStream.rangeClosed(1, 1000).toArray();
        long[] slow = LongStream.range(0, 1000).map(i -> 100_000 + i * 100).toArray();

        ChatRun run =
                ChatRun.merge(List.of(shard(0, 10_000, 1000, 0, 0, fast), shard(1, 9_900, 1000, 0, 0, slow)), 20_000L);

        assertThat(run.stats().p50()).isEqualTo(1.0);
        assertThat(run.stats().p99()).isEqualTo(197.9);
        assertThat(run.stats().max()).isEqualTo(199.9);
        assertThat(run.figures().openSockets()).isEqualTo(19_900);
        assertThat(run.figures().openAtEnd()).isEqualTo(19_898);
        assertThat(run.figures().requestedSockets()).isEqualTo(20_000);
        assertThat(run.figures().processes()).isEqualTo(2);
        assertThat(run.figures().secondP99()).isEqualTo(197.9);
        assertThat(run.figures().sendLagP99Ms()).isEqualTo(1.5);
        assertThat(run.figures().openFilesLimit()).isEqualTo(20_000L);
    }

    @Test
    void sumsLostAndDuplicatedMessagesAndCountsTheLostAsErrors() {
        long[] some = {1_000, 2_000};
        ChatRun run =
                ChatRun.merge(List.of(shard(0, 10_000, 600, 3, 1, some), shard(1, 10_000, 400, 2, 0, some)), null);

        assertThat(run.figures().sent()).isEqualTo(1000);
        assertThat(run.figures().lost()).isEqualTo(5);
        assertThat(run.figures().duplicated()).isEqualTo(1);
        assertThat(run.figures().secondLost()).isZero();
        assertThat(run.stats().total()).isEqualTo(1000);
        assertThat(run.stats().ok()).isEqualTo(995);
        assertThat(run.stats().ko()).isEqualTo(5);
    }

    @Test
    void holdsTheResultToTheSocketAndDeliveryBudgets() {
        long[] latencies = LongStream.rangeClosed(1, 1000).map(v -> v * 80).toArray(); // p99 79.2 ms
        ChatRun run = ChatRun.merge(
                List.of(shard(0, 10_000, 30_000, 0, 0, latencies), shard(1, 9_000, 30_000, 0, 0, latencies)), null);
        RunResult result = RunResult.of(
                        "chat",
                        1,
                        "h2",
                        "small",
                        1000,
                        60,
                        run.stats(),
                        30,
                        900,
                        20.0,
                        500.0,
                        "2 cores",
                        3.0,
                        "2026-11-22",
                        "bench/run.sh --workload chat")
                .withChat(run.figures());

        String row = Report.row(result, Budgets.forWorkload("chat"));

        assertThat(result.cpuSecondsPer1000()).isEqualTo(0.5);
        assertThat(row)
                .endsWith(
                        "| 20,000 open sockets per node; p99 delivery ≤ 100 ms at 1,000 messages/s | 0.95 ✗; 0.79 ✓ |");
    }

    @Test
    void countsLostMessagesAsTooLateInThePercentilesSoThatLossesFailTheBudget() {
        long[] fast = new long[980];
        java.util.Arrays.fill(fast, 1_000);
        ChatRun someLost = ChatRun.merge(List.of(shard(0, 10_000, 1_000, 20, 0, fast)), null);
        ChatRun allLost = ChatRun.merge(List.of(shard(0, 10_000, 1_000, 1_000, 0, new long[0])), null);

        assertThat(someLost.stats().p50()).isEqualTo(1.0);
        assertThat(someLost.stats().p99()).isEqualTo(ChatRun.LOST_MICROS / 1000.0);
        assertThat(allLost.stats().p50()).isEqualTo(ChatRun.LOST_MICROS / 1000.0);
        RunResult result = RunResult.of(
                        "chat",
                        1,
                        "h2",
                        "small",
                        1000,
                        60,
                        allLost.stats(),
                        30,
                        900,
                        null,
                        null,
                        "2 cores",
                        3.0,
                        "2026-11-22",
                        "bench/run.sh --workload chat")
                .withChat(allLost.figures());
        assertThat(Report.row(result, Budgets.forWorkload("chat")))
                .contains("0.50 ✗;")
                .endsWith("✗ |");
    }

    @Test
    void survivesTheJsonRoundTripOfTheDriverResult() {
        JsonMapper json = JsonMapper.builder().build();
        ChatShardResult result = shard(0, 10_000, 10, 0, 0, new long[] {5, 6});

        ChatShardResult back = json.readValue(json.writeValueAsString(result), ChatShardResult.class);

        assertThat(back.receivers().get(0).latenciesMicros()).containsExactly(5, 6);
        assertThat(back.openedSockets()).isEqualTo(10_000);
    }
}
