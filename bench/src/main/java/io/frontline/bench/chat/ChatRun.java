package io.frontline.bench.chat;

import io.frontline.bench.report.ChatFigures;
import io.frontline.bench.report.GatlingStats;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one live-chat run, merged from its driver processes: latencies pooled before taking percentiles
 * (percentiles of the parts cannot be averaged), counts summed. In the generic figures an operation is one measured
 * message: "ok" means delivered on the sender's own subscription, "ko" lost there; latencies are in milliseconds.
 * A lost message enters the percentiles as {@link #LOST_MICROS} (an hour), longer than any run watches, so that losing
 * more than 1 % of the messages puts the p99 over any budget instead of leaving a p99 of the few that arrived.
 */
public record ChatRun(GatlingStats stats, ChatFigures figures) {

    /** The latency a lost message counts as in the percentiles: one hour, in microseconds. */
    public static final long LOST_MICROS = 3_600_000_000L;

    public static ChatRun merge(List<ChatShardResult> shards, Long openFilesLimit) {
        if (shards.isEmpty()) {
            throw new IllegalArgumentException("no chat driver results");
        }
        int receivers = shards.getFirst().receivers().size();
        long sent = 0;
        long sendFailures = 0;
        long unknown = 0;
        long stompErrors = 0;
        int requested = 0;
        int opened = 0;
        int openAtEnd = 0;
        int conversations = 0;
        double setup = 0;
        double lag = 0;
        long[] delivered = new long[receivers];
        long[] lost = new long[receivers];
        long[] duplicated = new long[receivers];
        List<List<long[]>> latencies = new ArrayList<>();
        for (int r = 0; r < receivers; r++) {
            latencies.add(new ArrayList<>());
        }
        for (ChatShardResult shard : shards) {
            if (shard.receivers().size() != receivers) {
                throw new IllegalArgumentException("driver processes disagree on the number of subscribers");
            }
            sent += shard.sent();
            sendFailures += shard.sendFailures();
            unknown += shard.unknown();
            stompErrors += shard.stompErrors();
            requested += shard.requestedSockets();
            opened += shard.openedSockets();
            openAtEnd += shard.openAtEnd();
            conversations += shard.conversations();
            setup = Math.max(setup, shard.setupSeconds());
            // the worst process: a p99 of p99s is not a p99, but it does show whether any driver fell behind
            lag = Math.max(lag, shard.sendLagP99Micros() / 1000);
            for (int r = 0; r < receivers; r++) {
                ChatShardResult.Receiver tally = shard.receivers().get(r);
                delivered[r] += tally.delivered();
                lost[r] += tally.lost();
                duplicated[r] += tally.duplicated();
                latencies.get(r).add(tally.latenciesMicros());
                long[] lostOnes = new long[(int) tally.lost()];
                java.util.Arrays.fill(lostOnes, LOST_MICROS);
                latencies.get(r).add(lostOnes);
            }
        }
        Percentiles own = new Percentiles(Percentiles.concat(latencies.get(0)));
        Percentiles second = receivers > 1 ? new Percentiles(Percentiles.concat(latencies.get(1))) : null;
        GatlingStats stats = new GatlingStats(
                sent,
                delivered[0],
                sent - delivered[0],
                ms(own.at(0.50)),
                ms(own.at(0.95)),
                ms(own.at(0.99)),
                ms(own.at(0.999)),
                ms(own.max()));
        ChatFigures figures = new ChatFigures(
                requested,
                opened,
                openAtEnd,
                conversations,
                shards.size(),
                sent,
                delivered[0],
                lost[0],
                duplicated[0],
                sendFailures,
                unknown,
                second == null ? null : delivered[1],
                second == null ? null : lost[1],
                second == null ? null : duplicated[1],
                second == null ? null : ms(second.at(0.50)),
                second == null ? null : ms(second.at(0.99)),
                lag,
                stompErrors,
                setup,
                openFilesLimit);
        return new ChatRun(stats, figures);
    }

    private static double ms(double micros) {
        return Double.isNaN(micros) ? LOST_MICROS / 1000.0 : micros / 1000;
    }
}
