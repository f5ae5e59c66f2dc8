package io.frontline.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.kernel.InvalidInputException;
import io.frontline.search.internal.SearchQuery.Filter;
import io.frontline.search.internal.SearchQuery.Operator;
import io.frontline.tickets.TicketStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketFiltersTest {

    @Test
    void readsSeveralCommaSeparatedValuesInAnyCase() {
        assertThat(TicketFilters.values(new Filter("status", Operator.IS, "Open,on-hold"), TicketStatus.class))
                .containsExactly(TicketStatus.OPEN, TicketStatus.ON_HOLD);
    }

    @Test
    void refusesAnUnknownValueListingTheKnownOnes() {
        assertThatThrownBy(() -> TicketFilters.values(new Filter("status", Operator.IS, "opne"), TicketStatus.class))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().message())
                                .contains("status:", "opne", "open, pending"));
    }

    @Test
    void readsADayAsItsStartInUtcAndAnInstantWithItsOffset() {
        assertThat(TicketFilters.instant(new Filter("created", Operator.AFTER, "2026-01-01")))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(TicketFilters.instant(new Filter("created", Operator.BEFORE, "2026-01-01T10:00:00+01:00")))
                .isEqualTo(Instant.parse("2026-01-01T09:00:00Z"));
    }

    @Test
    void refusesAnUnreadableDate() {
        assertThatThrownBy(() -> TicketFilters.instant(new Filter("created", Operator.AFTER, "yesterday")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().message()).contains("created>", "2026-01-31"));
    }
}
