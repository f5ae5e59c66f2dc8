package io.frontline.bench.data;

import java.time.Instant;
import java.util.Locale;

/**
 * How big a generated dataset is and where its randomness comes from. The same spec always yields the same rows;
 * {@code endsAt} is fixed rather than "now" for that reason.
 */
public record DatasetSpec(
        String name,
        long seed,
        int teams,
        int agents,
        int organizations,
        int customers,
        int tickets,
        long messages,
        Instant endsAt,
        int backlog) {

    public static final Instant DEFAULT_END = Instant.parse("2026-11-01T00:00:00Z");

    public DatasetSpec {
        if (teams < 1 || teams > 6) throw new IllegalArgumentException("teams must be between 1 and 6");
        if (agents < teams) throw new IllegalArgumentException("need at least one agent per team");
        if (organizations < 1 || customers < 1 || tickets < 1) {
            throw new IllegalArgumentException("organizations, customers and tickets must be positive");
        }
        if (messages < tickets || messages > 20L * tickets) {
            throw new IllegalArgumentException("messages must be between 1 and 20 per ticket");
        }
        if (backlog < 0 || backlog > tickets) {
            throw new IllegalArgumentException("the backlog must be between 0 and the number of tickets");
        }
    }

    /** A few hundred tickets, for tests. */
    public static DatasetSpec tiny(long seed) {
        return new DatasetSpec("tiny", seed, 6, 12, 8, 200, 600, 3_000, DEFAULT_END, 0);
    }

    public static DatasetSpec small(long seed) {
        return new DatasetSpec("small", seed, 6, 20, 50, 2_000, 10_000, 50_000, DEFAULT_END, 0);
    }

    public static DatasetSpec medium(long seed) {
        return new DatasetSpec("medium", seed, 6, 35, 400, 20_000, 100_000, 500_000, DEFAULT_END, 0);
    }

    public static DatasetSpec full(long seed) {
        return new DatasetSpec("full", seed, 6, 50, 2_000, 200_000, 1_000_000, 5_000_000, DEFAULT_END, 0);
    }

    public static DatasetSpec named(String size, long seed) {
        return switch (size.toLowerCase(Locale.ROOT)) {
            case "tiny" -> tiny(seed);
            case "small" -> small(seed);
            case "medium" -> medium(seed);
            case "full" -> full(seed);
            default ->
                throw new IllegalArgumentException("unknown size '" + size + "'; use tiny, small, medium or full");
        };
    }

    /**
     * This spec with a backlog: the newest {@code backlog} tickets wait (new, open, pending, on hold) in a steady state
     * as of {@code endsAt} (see {@link DatasetGenerator}), and every older ticket is closed.
     */
    public DatasetSpec withBacklog(int backlog, Instant endsAt) {
        return new DatasetSpec(name, seed, teams, agents, organizations, customers, tickets, messages, endsAt, backlog);
    }

    public double messagesPerTicket() {
        return (double) messages / tickets;
    }
}
