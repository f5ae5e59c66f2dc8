package io.frontline.identity;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who gets the next piece of work — a ticket or a chat — among agents who are online and may take it; pure, so that
 * every channel's routing makes the same choice. Agents at capacity never get anything. A {@code REQUIRE} rule keeps
 * only agents with a matching skill (nobody, when none has it); {@code PREFER} keeps them when there are any; work that
 * names no language or product is not narrowed. Then
 * {@link Mode#ROUND_ROBIN} takes whoever waited longest since their last assignment, and
 * {@link Mode#LEAST_LOADED} whoever has least open work of this channel, then least of the others, then waited
 * longest. The lowest id breaks the remaining ties, so the choice is deterministic.
 */
public final class RoutingPolicy {

    public enum Mode {
        ROUND_ROBIN,
        LEAST_LOADED
    }

    public enum Match {
        IGNORE,
        PREFER,
        REQUIRE
    }

    /**
     * An agent as routing sees them at one moment: {@code open} counts this channel's open work against
     * {@code capacity}; {@code otherOpen} the work of the other channels.
     */
    public record Candidate(
            long agentId,
            Set<String> languages,
            Set<String> products,
            int open,
            int capacity,
            int otherOpen,
            Instant lastAssignedAt) {

        public Candidate {
            languages = languages == null ? Set.of() : Set.copyOf(languages);
            products = products == null ? Set.of() : Set.copyOf(products);
        }

        public boolean hasRoom() {
            return open < capacity;
        }
    }

    /**
     * What the work asks for: the customer's language (or {@code null}) and the products it concerns (the ticket's
     * tags; an agent matches when they have any of them as a product skill).
     */
    public record Need(String language, Match languageRule, Set<String> products, Match productRule) {

        public Need {
            languageRule = languageRule == null ? Match.IGNORE : languageRule;
            productRule = productRule == null ? Match.IGNORE : productRule;
            products = products == null ? Set.of() : Set.copyOf(products);
        }

        public static Need none() {
            return new Need(null, Match.IGNORE, Set.of(), Match.IGNORE);
        }
    }

    private RoutingPolicy() {}

    public static Optional<Candidate> choose(List<Candidate> candidates, Need need, Mode mode) {
        List<Candidate> pool = candidates.stream().filter(Candidate::hasRoom).toList();
        if (need.language() != null) {
            pool = narrow(pool, need.languageRule(), c -> c.languages().contains(need.language()));
        }
        if (!need.products().isEmpty()) {
            pool = narrow(pool, need.productRule(), c -> c.products().stream().anyMatch(need.products()::contains));
        }
        Comparator<Candidate> longestIdle =
                Comparator.comparing(Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()));
        Comparator<Candidate> order = mode == Mode.ROUND_ROBIN
                ? longestIdle
                : Comparator.comparingInt(Candidate::open)
                        .thenComparingInt(Candidate::otherOpen)
                        .thenComparing(longestIdle);
        return pool.stream().min(order.thenComparingLong(Candidate::agentId));
    }

    private static List<Candidate> narrow(List<Candidate> pool, Match rule, Predicate<Candidate> matches) {
        if (rule == Match.IGNORE) {
            return pool;
        }
        List<Candidate> matching = pool.stream().filter(matches).toList();
        return rule == Match.REQUIRE || !matching.isEmpty() ? matching : pool;
    }
}
