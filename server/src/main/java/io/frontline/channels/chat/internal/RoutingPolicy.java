package io.frontline.channels.chat.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who gets the next chat: among the online agents with free capacity, those who speak the visitor's language first;
 * then the one with the fewest open chats; then the one who waited longest since their last chat (so equal agents
 * take turns); then the lowest id, so that the choice is deterministic.
 */
public final class RoutingPolicy {

    /** An agent as routing sees them at one moment. */
    public record Candidate(long agentId, Set<String> languages, int open, int capacity, Instant lastAssignedAt) {

        boolean hasRoom() {
            return open < capacity;
        }

        boolean speaks(String language) {
            return language != null && languages.contains(language);
        }
    }

    private RoutingPolicy() {}

    public static Optional<Candidate> choose(List<Candidate> candidates, String language) {
        List<Candidate> free = candidates.stream().filter(Candidate::hasRoom).toList();
        if (free.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> speakers = free.stream().filter(c -> c.speaks(language)).toList();
        List<Candidate> pool = speakers.isEmpty() ? free : speakers;
        return pool.stream()
                .min(Comparator.comparingInt(Candidate::open)
                        .thenComparing(Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(Candidate::agentId));
    }
}
