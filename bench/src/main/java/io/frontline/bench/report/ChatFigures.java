package io.frontline.bench.report;

/**
 * What the live-chat workload measures besides the generic figures of {@link RunResult} (whose latencies are, for
 * chat, the delivery latency on the sender's own subscription and whose errors are the lost messages): the sockets
 * asked for, opened and still open at the end; conversations; measured messages sent, delivered once, lost and
 * duplicated on the sender's subscription and on a second subscriber (a second socket of the same visitor; {@code null}
 * when the run had none) with its p50/p99; the driver's own lateness against its schedule (p99, ms: when large, the
 * load generator and not the server was late); STOMP errors; how many driver processes shared the sockets; and the
 * per-process open-files limit the run had.
 */
public record ChatFigures(
        int requestedSockets,
        int openSockets,
        int openAtEnd,
        int conversations,
        int processes,
        long sent,
        long delivered,
        long lost,
        long duplicated,
        long sendFailures,
        long unknown,
        Long secondDelivered,
        Long secondLost,
        Long secondDuplicated,
        Double secondP50,
        Double secondP99,
        double sendLagP99Ms,
        long stompErrors,
        double setupSeconds,
        Long openFilesLimit) {}
