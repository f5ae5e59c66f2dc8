package io.frontline.channels.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.channels.chat.internal.RoutingPolicy.Candidate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingPolicyTest {

    private static final Instant EARLY = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant LATE = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void neverGivesAChatToAnAgentAtCapacity() {
        Candidate full = new Candidate(1, Set.of(), 3, 3, null);
        Candidate zero = new Candidate(2, Set.of(), 0, 0, null);

        assertThat(RoutingPolicy.choose(List.of(full, zero), "en")).isEmpty();
    }

    @Test
    void prefersAnAgentWhoSpeaksTheVisitorsLanguage() {
        Candidate idle = new Candidate(1, Set.of("en"), 0, 3, null);
        Candidate german = new Candidate(2, Set.of("de", "en"), 2, 3, LATE);

        assertThat(RoutingPolicy.choose(List.of(idle, german), "de"))
                .map(Candidate::agentId)
                .contains(2L);
    }

    @Test
    void fallsBackToAnyoneWithRoomWhenNobodySpeaksTheLanguage() {
        Candidate busy = new Candidate(1, Set.of("de"), 3, 3, null);
        Candidate english = new Candidate(2, Set.of("en"), 1, 3, null);

        assertThat(RoutingPolicy.choose(List.of(busy, english), "de"))
                .map(Candidate::agentId)
                .contains(2L);
    }

    @Test
    void givesTheChatToTheLeastLoadedAgent() {
        Candidate two = new Candidate(1, Set.of(), 2, 5, EARLY);
        Candidate one = new Candidate(2, Set.of(), 1, 5, LATE);

        assertThat(RoutingPolicy.choose(List.of(two, one), null))
                .map(Candidate::agentId)
                .contains(2L);
    }

    @Test
    void equallyLoadedAgentsTakeTurnsByTheirLastAssignment() {
        Candidate recent = new Candidate(1, Set.of(), 1, 3, LATE);
        Candidate waiting = new Candidate(2, Set.of(), 1, 3, EARLY);
        Candidate never = new Candidate(3, Set.of(), 1, 3, null);

        assertThat(RoutingPolicy.choose(List.of(recent, waiting), null))
                .map(Candidate::agentId)
                .contains(2L);
        assertThat(RoutingPolicy.choose(List.of(recent, waiting, never), null))
                .map(Candidate::agentId)
                .contains(3L);
    }
}
