package io.frontline.bench.report;

import java.util.List;

/** The budgets of DESIGN.md section 6 that each workload is held to. */
public final class Budgets {

    public static final double IDLE_RSS_MB = 300;
    public static final double STARTUP_SECONDS = 3;

    private Budgets() {}

    public static List<Budget> forWorkload(String workload) {
        return switch (workload) {
            // automation: ticket creation with the rules active is held to the creation budget
            case "create", "automation" ->
                List.of(
                        new Budget("throughput", 2_000, true, null, "≥ 2,000 tickets/s"),
                        new Budget("p99", 50, false, 1_000.0, "p99 ≤ 50 ms at 1,000/s"));
            case "open" -> List.of(new Budget("p95", 20, false, null, "p95 ≤ 20 ms"));
            case "queue" -> List.of(new Budget("p95", 20, false, null, "p95 ≤ 20 ms"));
            // the same budget for the HTML a signed-in browser gets (server time of the page, without its assets)
            case "page-queue", "page-ticket", "page-nav" -> List.of(new Budget("p95", 20, false, null, "p95 ≤ 20 ms"));
            case "reply" -> List.of(new Budget("p99", 50, false, null, "p99 ≤ 50 ms (same as creation)"));
            case "search" ->
                List.of(
                        new Budget("p50", 5, false, null, "p50 ≤ 5 ms"),
                        new Budget("p99", 60, false, null, "p99 ≤ 60 ms"));
            case "email" -> List.of(new Budget("throughput", 100, true, null, "≥ 100 mails/s"));
            // delivery latency: from a message's due instant in the open-loop schedule to its broadcast on the sender's
            // own subscription
            case "chat" ->
                List.of(
                        new Budget("sockets", 20_000, true, null, "20,000 open sockets per node"),
                        new Budget("p99", 100, false, 1_000.0, "p99 delivery ≤ 100 ms at 1,000 messages/s"));
            default -> List.of();
        };
    }
}
