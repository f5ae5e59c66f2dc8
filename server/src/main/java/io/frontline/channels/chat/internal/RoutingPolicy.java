package io.frontline.channels.chat.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who gets the next chat: the shared {@link io.frontline.identity.RoutingPolicy} in least-loaded mode, preferring
 * agents who speak the visitor's language — among the online agents with free chat capacity, the one with the fewest
 * open chats, then the fewest open tickets, then the one who waited longest since their last assignment (so equal
 * agents take turns), then the lowest id.
 */
public final class RoutingPolicy {

    /** An agent as chat routing sees them: open chats against chat capacity, and their open tickets. */
    public record Candidate(
            long agentId, Set<String> languages, int open, int capacity, int otherOpen, Instant lastAssignedAt) {

        public Candidate(long agentId, Set<String> languages, int open, int capacity, Instant lastAssignedAt) {
            this(agentId, languages, open, capacity, 0, lastAssignedAt);
        }
    }

    private RoutingPolicy() {}

    public static Optional<Candidate> choose(List<Candidate> candidates, String language) {
        List<io.frontline.identity.RoutingPolicy.Candidate> shared = candidates.stream()
                .map(c -> new io.frontline.identity.RoutingPolicy.Candidate(
                        c.agentId(),
                        c.languages(),
                        Set.of(),
                        c.open(),
                        c.capacity(),
                        c.otherOpen(),
                        c.lastAssignedAt()))
                .toList();
        var need = new io.frontline.identity.RoutingPolicy.Need(
                language, io.frontline.identity.RoutingPolicy.Match.PREFER, Set.of(), null);
        return io.frontline.identity.RoutingPolicy.choose(
                        shared, need, io.frontline.identity.RoutingPolicy.Mode.LEAST_LOADED)
                .flatMap(chosen -> candidates.stream()
                        .filter(c -> c.agentId() == chosen.agentId())
                        .findFirst());
    }
}
