package io.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.identity.RoutingPolicy.Candidate;
import io.frontline.identity.RoutingPolicy.Match;
import io.frontline.identity.RoutingPolicy.Mode;
import io.frontline.identity.RoutingPolicy.Need;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The choice every channel's routing makes, replayed over many assignments where fairness matters. */
class RoutingPolicyTest {

    private static final Instant START = Instant.parse("2026-12-07T09:00:00Z");

    private static Candidate agent(long id, int open, int capacity, Instant lastAssigned) {
        return new Candidate(id, Set.of(), Set.of(), open, capacity, 0, lastAssigned);
    }

    private static Optional<Long> choose(List<Candidate> candidates, Need need, Mode mode) {
        return RoutingPolicy.choose(candidates, need, mode).map(Candidate::agentId);
    }

    /**
     * Plays {@code tickets} assignments against a team, as routing does: the chosen agent's load and last assignment
     * move on after each; an agent may close a ticket now and then, as {@code closes} says.
     */
    private static Map<Long, Integer> replay(
            List<Candidate> team, int tickets, Mode mode, java.util.function.IntPredicate closes) {
        Map<Long, Candidate> state = new HashMap<>();
        team.forEach(c -> state.put(c.agentId(), c));
        Map<Long, Integer> given = new HashMap<>();
        Instant now = START;
        for (int i = 0; i < tickets; i++) {
            now = now.plusSeconds(1);
            Optional<Candidate> chosen = RoutingPolicy.choose(new ArrayList<>(state.values()), Need.none(), mode);
            if (chosen.isEmpty()) {
                break;
            }
            Candidate c = chosen.get();
            assertThat(c.open()).as("load before assignment").isLessThan(c.capacity());
            int open = closes.test(i) ? c.open() : c.open() + 1;
            state.put(c.agentId(), new Candidate(c.agentId(), Set.of(), Set.of(), open, c.capacity(), 0, now));
            given.merge(c.agentId(), 1, Integer::sum);
        }
        state.values().forEach(c -> assertThat(c.open()).isLessThanOrEqualTo(c.capacity()));
        return given;
    }

    @Nested
    class RoundRobin {

        @Test
        void equalAgentsGetEqualShareOverManyAssignments() {
            List<Candidate> team = List.of(
                    agent(1, 0, 1000, null),
                    agent(2, 3, 1000, START.minusSeconds(60)),
                    agent(3, 7, 1000, START.minusSeconds(30)),
                    agent(4, 0, 1000, null));

            Map<Long, Integer> given = replay(team, 1001, Mode.ROUND_ROBIN, i -> false);

            assertThat(given.values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(1001);
            int most = given.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            int least =
                    given.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
            assertThat(given).hasSize(4);
            assertThat(most - least).isLessThanOrEqualTo(1);
        }

        @Test
        void takesTheAgentWhoWaitedLongestWhateverTheirLoad() {
            Candidate busyButWaiting = agent(1, 5, 10, START.minusSeconds(600));
            Candidate idleButRecent = agent(2, 0, 10, START);

            assertThat(choose(List.of(idleButRecent, busyButWaiting), Need.none(), Mode.ROUND_ROBIN))
                    .contains(1L);
        }

        @Test
        void skipsAnAgentAtCapacityAndShareTheRestFairly() {
            List<Candidate> team = List.of(agent(1, 0, 2, null), agent(2, 0, 100, null), agent(3, 0, 100, null));

            Map<Long, Integer> given = replay(team, 40, Mode.ROUND_ROBIN, i -> false);

            assertThat(given.get(1L)).isEqualTo(2);
            assertThat(Math.abs(given.get(2L) - given.get(3L))).isLessThanOrEqualTo(1);
        }
    }

    @Nested
    class LeastLoaded {

        @Test
        void givesTheTicketToTheAgentWithFewestOpen() {
            Candidate three = agent(1, 3, 10, START.minusSeconds(600));
            Candidate one = agent(2, 1, 10, START);

            assertThat(choose(List.of(three, one), Need.none(), Mode.LEAST_LOADED))
                    .contains(2L);
        }

        @Test
        void breaksTiesByOpenWorkOfOtherChannelsThenByLongestIdle() {
            Candidate chatting = new Candidate(1, Set.of(), Set.of(), 2, 10, 1, START.minusSeconds(600));
            Candidate free = new Candidate(2, Set.of(), Set.of(), 2, 10, 0, START);
            Candidate freeWaiting = new Candidate(3, Set.of(), Set.of(), 2, 10, 0, START.minusSeconds(60));

            assertThat(choose(List.of(chatting, free), Need.none(), Mode.LEAST_LOADED))
                    .contains(2L);
            assertThat(choose(List.of(chatting, free, freeWaiting), Need.none(), Mode.LEAST_LOADED))
                    .contains(3L);
        }

        @Test
        void evensOutUnequalStartingLoadsAndNeverExceedsCapacity() {
            List<Candidate> team = List.of(agent(1, 4, 6, null), agent(2, 0, 6, null), agent(3, 1, 6, null));

            Map<Long, Integer> given = replay(team, 100, Mode.LEAST_LOADED, i -> false);

            assertThat(given).containsEntry(1L, 2).containsEntry(2L, 6).containsEntry(3L, 5);
        }

        @Test
        void agentsWhoCloseTicketsGetMore() {
            List<Candidate> team = List.of(agent(1, 0, 5, null), agent(2, 0, 5, null));

            Map<Long, Integer> given = replay(team, 30, Mode.LEAST_LOADED, i -> i % 3 == 0);

            assertThat(given.values().stream().mapToInt(Integer::intValue).sum())
                    .isGreaterThan(10);
        }
    }

    @Nested
    class Capacity {

        @Test
        void nobodyAtCapacityIsEverChosen() {
            List<Candidate> full = List.of(agent(1, 10, 10, null), agent(2, 0, 0, null), agent(3, 12, 10, null));

            assertThat(choose(full, Need.none(), Mode.ROUND_ROBIN)).isEmpty();
            assertThat(choose(full, Need.none(), Mode.LEAST_LOADED)).isEmpty();
        }

        @Test
        void nobodyOnlineMeansNobodyChosen() {
            assertThat(choose(List.of(), Need.none(), Mode.LEAST_LOADED)).isEmpty();
        }
    }

    @Nested
    class Skills {

        final Candidate english = new Candidate(1, Set.of("en"), Set.of("router"), 0, 10, 0, null);
        final Candidate german = new Candidate(2, Set.of("de", "en"), Set.of(), 4, 10, 0, START);

        @Test
        void prefersAgentsWhoSpeakTheRequestersLanguage() {
            Need german = new Need("de", Match.PREFER, Set.of(), Match.IGNORE);

            assertThat(choose(List.of(english, this.german), german, Mode.LEAST_LOADED))
                    .contains(2L);
        }

        @Test
        void aPreferredLanguageNobodyWithRoomSpeaksFallsBackToAnyone() {
            Candidate fullGerman = new Candidate(2, Set.of("de"), Set.of(), 10, 10, 0, null);
            Need german = new Need("de", Match.PREFER, Set.of(), Match.IGNORE);

            assertThat(choose(List.of(english, fullGerman), german, Mode.LEAST_LOADED))
                    .contains(1L);
        }

        @Test
        void aRequiredLanguageNobodyWithRoomSpeaksLeavesTheTicketWaiting() {
            Candidate fullGerman = new Candidate(2, Set.of("de"), Set.of(), 10, 10, 0, null);
            Need german = new Need("de", Match.REQUIRE, Set.of(), Match.IGNORE);

            assertThat(choose(List.of(english, fullGerman), german, Mode.LEAST_LOADED))
                    .isEmpty();
        }

        @Test
        void anIgnoredLanguageDoesNotNarrow() {
            Need german = new Need("de", Match.IGNORE, Set.of(), Match.IGNORE);

            assertThat(choose(List.of(english, this.german), german, Mode.LEAST_LOADED))
                    .contains(1L);
        }

        @Test
        void requiresAnAgentWhoKnowsTheProduct() {
            Need router = new Need(null, Match.IGNORE, Set.of("router"), Match.REQUIRE);
            Need modem = new Need(null, Match.IGNORE, Set.of("modem"), Match.REQUIRE);

            assertThat(choose(List.of(german, english), router, Mode.ROUND_ROBIN))
                    .contains(1L);
            assertThat(choose(List.of(german, english), modem, Mode.ROUND_ROBIN))
                    .isEmpty();
        }

        @Test
        void workNamingNoProductIsNotNarrowed() {
            Need none = new Need(null, Match.IGNORE, Set.of(), Match.REQUIRE);

            assertThat(choose(List.of(german), none, Mode.ROUND_ROBIN)).contains(2L);
        }
    }
}
