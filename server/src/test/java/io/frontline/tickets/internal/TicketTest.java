package io.frontline.tickets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.kernel.ConflictException;
import io.frontline.tickets.Channel;
import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketEvents.Change;
import io.frontline.tickets.TicketStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static Ticket aTicket() {
        return new Ticket("Broken", 7L, null, Channel.EMAIL, NOW);
    }

    private static Ticket aTicketIn(TicketStatus... path) {
        Ticket ticket = aTicket();
        for (TicketStatus status : path) {
            ticket.changeStatus(status, NOW);
        }
        ticket.drainChanges();
        return ticket;
    }

    @Nested
    class Reopening {

        @Test
        void reopensTicketWhenCustomerRepliesToSolvedTicket() {
            Ticket ticket = aTicketIn(TicketStatus.SOLVED);

            ticket.customerWrote(NOW.plusSeconds(60));

            assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
            assertThat(ticket.getSolvedAt()).isNull();
            assertThat(ticket.drainChanges()).containsExactly(new Change("status", "solved", "open"));
        }

        @Test
        void customerReplyToPendingTicketNeedsTheTeamAgain() {
            Ticket ticket = aTicketIn(TicketStatus.PENDING);

            ticket.customerWrote(NOW);

            assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
        }

        @Test
        void customerReplyLeavesNewAndOnHoldAlone() {
            Ticket fresh = aTicket();
            Ticket held = aTicketIn(TicketStatus.ON_HOLD);

            fresh.customerWrote(NOW);
            held.customerWrote(NOW);

            assertThat(fresh.getStatus()).isEqualTo(TicketStatus.NEW);
            assertThat(held.getStatus()).isEqualTo(TicketStatus.ON_HOLD);
        }

        @Test
        void agentReplyMovesNewTicketToOpen() {
            Ticket ticket = aTicket();

            ticket.agentReplied(NOW, null);

            assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
            assertThat(ticket.getLastAgentReplyAt()).isEqualTo(NOW);
        }

        @Test
        void recordsTheReplyTimeAlsoWhenTheAgentSubmitsAStatus() {
            Ticket ticket = aTicket();

            ticket.agentReplied(NOW, TicketStatus.PENDING);

            assertThat(ticket.getStatus())
                    .as("the caller applies the submitted status")
                    .isEqualTo(TicketStatus.NEW);
            assertThat(ticket.getLastAgentReplyAt()).isEqualTo(NOW);
        }
    }

    @Nested
    class Closing {

        @Test
        void closedTicketIsReadOnly() {
            Ticket ticket = aTicketIn(TicketStatus.SOLVED, TicketStatus.CLOSED);

            assertThatThrownBy(() -> ticket.changePriority(Priority.HIGH))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("read-only");
            assertThatThrownBy(() -> ticket.customerWrote(NOW)).isInstanceOf(ConflictException.class);
            assertThat(ticket.getClosedAt()).isEqualTo(NOW);
        }

        @Test
        void refusesToCloseATicketThatWasNotSolved() {
            Ticket ticket = aTicketIn(TicketStatus.OPEN);

            assertThatThrownBy(() -> ticket.changeStatus(TicketStatus.CLOSED, NOW))
                    .isInstanceOf(ConflictException.class)
                    .extracting(e -> ((ConflictException) e).code())
                    .isEqualTo("invalid_transition");
        }

        @Test
        void mergingClosesFromAnyOpenStatusAndRemembersTheTarget() {
            Ticket ticket = aTicketIn(TicketStatus.PENDING);

            ticket.closeAsMergedInto(99L, NOW);

            assertThat(ticket.getStatus()).isEqualTo(TicketStatus.CLOSED);
            assertThat(ticket.getMergedIntoId()).isEqualTo(99L);
            assertThat(ticket.drainChanges())
                    .containsExactly(new Change("mergedIntoId", null, "99"), new Change("status", "pending", "closed"));
        }
    }

    @Nested
    class RecordingChanges {

        @Test
        void recordsOnlyRealChanges() {
            Ticket ticket = aTicket();

            ticket.changePriority(Priority.NORMAL);
            ticket.replaceTags(Set.of("b", "a"));
            ticket.replaceTags(Set.of("a", "b"));
            ticket.assign(5L);
            ticket.assign(null);

            assertThat(ticket.drainChanges())
                    .containsExactly(
                            new Change("tags", null, "a b"),
                            new Change("assigneeId", null, "5"),
                            new Change("assigneeId", "5", null));
            assertThat(ticket.drainChanges()).isEmpty();
        }

        @Test
        void removesACustomFieldSetToNull() {
            Ticket ticket = aTicket();
            ticket.changeCustomFields(Map.of("plan", "pro"));
            java.util.Map<String, Object> clear = new java.util.HashMap<>();
            clear.put("plan", null);

            ticket.changeCustomFields(clear);

            assertThat(ticket.getCustomFields()).doesNotContainKey("plan");
            assertThat(ticket.drainChanges()).last().isEqualTo(new Change("customFields.plan", "pro", null));
        }
    }

    @Nested
    class FieldValuesForFilters {

        @Test
        void keepsEveryCustomFieldValueInAFormListsCanCompare() {
            Ticket ticket = aTicket();

            ticket.changeCustomFields(
                    Map.of("plan", "Pro", "seats", new BigDecimal("12.5"), "due", "2026-12-01", "vip", true));

            assertThat(ticket.getFieldValues().get("plan").getTextValue()).isEqualTo("pro");
            assertThat(ticket.getFieldValues().get("seats").getNumberValue()).isEqualTo(12.5);
            assertThat(ticket.getFieldValues().get("due").getDateValue()).isEqualTo(LocalDate.parse("2026-12-01"));
            assertThat(ticket.getFieldValues().get("vip").getTextValue()).isEqualTo("true");
        }

        @Test
        void followsChangesAndRemovals() {
            Ticket ticket = aTicket();
            ticket.changeCustomFields(Map.of("plan", "basic", "cause", "x".repeat(FieldValue.MAX_TEXT + 1)));
            Map<String, Object> change = new HashMap<>();
            change.put("plan", null);
            change.put("seats", 3);

            ticket.changeCustomFields(change);

            assertThat(ticket.getFieldValues()).containsOnlyKeys("seats");
            assertThat(ticket.getCustomFields()).containsKeys("cause", "seats");
        }
    }
}
