package io.frontline.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TicketStatusTest {

    @ParameterizedTest(name = "{0} -> {1} is {2}")
    @CsvSource({
        "NEW, OPEN, true",
        "NEW, SOLVED, true",
        "NEW, CLOSED, false",
        "OPEN, PENDING, true",
        "OPEN, NEW, false",
        "PENDING, ON_HOLD, true",
        "ON_HOLD, OPEN, true",
        "SOLVED, OPEN, true",
        "SOLVED, CLOSED, true",
        "SOLVED, PENDING, false",
        "CLOSED, OPEN, false",
        "CLOSED, SOLVED, false"
    })
    void allowsOnlyTheWorkflowTransitions(TicketStatus from, TicketStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void everyStatusButClosedCanStillChange(TicketStatus status) {
        assertThat(status.next()).isNotEmpty();
    }

    @Test
    void closedIsFinal() {
        assertThat(TicketStatus.CLOSED.next()).isEmpty();
    }

    @Test
    void onlyUnsolvedStatusesNeedWork() {
        assertThat(TicketStatus.PENDING.isActive()).isTrue();
        assertThat(TicketStatus.SOLVED.isActive()).isFalse();
    }
}
