package io.frontline.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.automation.Conditions;
import io.frontline.identity.AgentRef;
import io.frontline.identity.Role;
import io.frontline.tickets.Channel;
import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketChanges;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TierGuardTest {

    static TicketView ticket(TicketStatus status, Priority priority) {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        return new TicketView(
                1,
                "S",
                status,
                priority,
                null,
                Channel.EMAIL,
                new TicketView.Requester(1, "C", "c@example.com"),
                null,
                null,
                null,
                List.of(),
                Map.of(),
                List.of(),
                1,
                null,
                null,
                t,
                t,
                null,
                null,
                0,
                t,
                t,
                null,
                null);
    }

    static TicketChanges changes(TicketStatus status, Priority priority) {
        Set<String> present = new java.util.HashSet<>();
        if (status != null) present.add("status");
        if (priority != null) present.add("priority");
        return new TicketChanges(present, null, status, priority, null, null, null, null, null, null, null, null, null);
    }

    @Nested
    class WhatAChangeDoes {

        @Test
        void solvingAndClosingAreGuardedChangesOnlyWhenTheStatusReallyChanges() {
            assertThat(TierGuard.performed(
                            ticket(TicketStatus.OPEN, Priority.NORMAL), changes(TicketStatus.SOLVED, null)))
                    .containsExactly("solve");
            assertThat(TierGuard.performed(
                            ticket(TicketStatus.SOLVED, Priority.NORMAL), changes(TicketStatus.CLOSED, null)))
                    .containsExactly("close");
            assertThat(TierGuard.performed(
                            ticket(TicketStatus.SOLVED, Priority.NORMAL), changes(TicketStatus.SOLVED, null)))
                    .isEmpty();
        }

        @Test
        void raisingToUrgentAndLoweringThePriorityAreGuardedChanges() {
            assertThat(TierGuard.performed(ticket(TicketStatus.OPEN, Priority.HIGH), changes(null, Priority.URGENT)))
                    .containsExactly("set_priority_urgent");
            assertThat(TierGuard.performed(ticket(TicketStatus.OPEN, Priority.URGENT), changes(null, Priority.LOW)))
                    .containsExactly("lower_priority");
            assertThat(TierGuard.performed(ticket(TicketStatus.OPEN, Priority.LOW), changes(null, Priority.HIGH)))
                    .isEmpty();
        }
    }

    @Nested
    class WhoMay {

        @Test
        void aMinimumTierIsMetByThatTierAndAbove() {
            assertThat(TierGuard.allowed(1, Role.AGENT, 2, null)).isFalse();
            assertThat(TierGuard.allowed(2, Role.AGENT, 2, null)).isTrue();
            assertThat(TierGuard.allowed(3, Role.AGENT, 2, null)).isTrue();
        }

        @Test
        void aRoleIsMetByThatRoleAndTheOnesAboveIt() {
            assertThat(TierGuard.allowed(3, Role.AGENT, null, Role.LEAD)).isFalse();
            assertThat(TierGuard.allowed(1, Role.LEAD, null, Role.LEAD)).isTrue();
            assertThat(TierGuard.allowed(1, Role.ADMIN, null, Role.LEAD)).isTrue();
        }

        @Test
        void bothDemandsMustBeMetWhenARuleSetsBoth() {
            assertThat(TierGuard.allowed(1, Role.LEAD, 2, Role.LEAD)).isFalse();
            assertThat(TierGuard.allowed(2, Role.LEAD, 2, Role.LEAD)).isTrue();
        }
    }

    @Test
    void theRefusalNamesTheRuleWhatItNeedsAndWhatTheAgentIs() {
        TierGuard.Rule rule =
                new TierGuard.Rule("Urgent needs a lead", Conditions.NONE, Set.of("solve"), null, Role.LEAD);
        String text = TierGuard.refusal(rule, "solve", new AgentRef(5, "Tom", "t@example.com", Role.AGENT, 1, true));
        assertThat(text)
                .contains("\u201cUrgent needs a lead\u201d")
                .contains("solving this ticket needs the lead role")
                .contains("tier 1, agent");
    }
}
