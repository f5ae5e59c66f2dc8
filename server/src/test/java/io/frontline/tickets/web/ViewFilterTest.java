package io.frontline.tickets.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.tickets.Channel;
import io.frontline.tickets.FieldCondition;
import io.frontline.tickets.Priority;
import io.frontline.tickets.RelativeTime;
import io.frontline.tickets.TicketQuery;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewFilterTest {

    private static final Instant NOW = Instant.parse("2026-11-22T15:30:00Z");

    private final ViewFilter filter = new ViewFilter(
            EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN),
            EnumSet.of(Priority.URGENT),
            EnumSet.of(Channel.EMAIL, Channel.CHAT),
            EnumSet.of(TicketType.INCIDENT),
            List.of(4L),
            "me",
            Set.of("billing", "vip"),
            new ViewFilter.Dates(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-21"), null, null),
            new ViewFilter.Dates(null, null, null, new RelativeTime(3, RelativeTime.Unit.DAYS)),
            List.of(
                    new FieldCondition.Is("plan", "Pro"),
                    new FieldCondition.Checked("vip", false),
                    new FieldCondition.NumberBetween("seats", new BigDecimal("10.50"), null),
                    new FieldCondition.DateBetween("due", null, LocalDate.parse("2026-12-31"))),
            TicketQuery.Sort.CREATED_ASC);

    @Test
    void survivesStorageAsJson() {
        assertThat(ViewFilter.fromJson(filter.toJson())).isEqualTo(filter);
    }

    @Test
    void readsViewsSavedWithOneTagAndWithoutTheNewerFilters() {
        ViewFilter old = ViewFilter.fromJson("{\"statuses\":[\"OPEN\"],\"priorities\":[],\"channels\":[],"
                + "\"teamIds\":[],\"assignee\":null,\"tag\":\"billing\",\"createdFrom\":null,\"createdTo\":null,"
                + "\"updatedFrom\":\"2026-11-01\",\"sort\":\"-updatedAt\"}");

        assertThat(old.tags()).containsExactly("billing");
        assertThat(old.types()).isEmpty();
        assertThat(old.fields()).isEmpty();
        assertThat(old.updated().from()).isEqualTo(LocalDate.parse("2026-11-01"));
    }

    @Test
    void resolvesMeToTheAgentAndIncludesTheWholeLastDay() {
        TicketQuery query = filter.queries(42, NOW, null, 50).getFirst();

        assertThat(query.assigneeId()).isEqualTo(42);
        assertThat(query.teamId()).isEqualTo(4);
        assertThat(query.tags()).containsExactlyInAnyOrder("billing", "vip");
        assertThat(query.types()).containsExactly(TicketType.INCIDENT);
        assertThat(query.fields()).hasSize(4);
        assertThat(query.createdAfter()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(query.createdBefore()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
        assertThat(query.sort()).isEqualTo(TicketQuery.Sort.CREATED_ASC);
    }

    @Test
    void countsSpansBackFromTheMomentTheViewIsRead() {
        ViewFilter lastWeek = filter.withUpdated(
                new ViewFilter.Dates(null, null, new RelativeTime(7, RelativeTime.Unit.DAYS), null), null);

        assertThat(filter.queries(42, NOW, null, 50).getFirst().updatedBefore())
                .isEqualTo(Instant.parse("2026-11-19T15:30:00Z"));
        assertThat(filter.queries(42, NOW.plusSeconds(3600), null, 50)
                        .getFirst()
                        .updatedBefore())
                .isEqualTo(Instant.parse("2026-11-19T16:30:00Z"));
        assertThat(lastWeek.queries(42, NOW, null, 50).getFirst().updatedAfter())
                .isEqualTo(Instant.parse("2026-11-15T15:30:00Z"));
    }

    @Test
    void appliesADayAndASpanOnTheSameDateTogether() {
        ViewFilter both = filter.withUpdated(
                new ViewFilter.Dates(
                        LocalDate.parse("2026-11-01"),
                        LocalDate.parse("2026-11-30"),
                        new RelativeTime(2, RelativeTime.Unit.DAYS),
                        new RelativeTime(1, RelativeTime.Unit.HOURS)),
                null);

        TicketQuery query = both.queries(42, NOW, null, 50).getFirst();

        assertThat(query.updatedAfter()).isEqualTo(Instant.parse("2026-11-20T15:30:00Z"));
        assertThat(query.updatedBefore()).isEqualTo(Instant.parse("2026-11-22T14:30:00Z"));
    }

    @Test
    void runsOneQueryPerTeamSharingTheCursor() {
        List<TicketQuery> queries = filter.withTeams(List.of(1L, 2L, 3L)).queries(42, NOW, "abc", 50);

        assertThat(queries).extracting(TicketQuery::teamId).containsExactly(1L, 2L, 3L);
        assertThat(queries).extracting(TicketQuery::cursor).containsOnly("abc");
    }

    @Test
    void unassignedMeansNoAssignee() {
        assertThat(filter.withAssignee("none")
                        .queries(42, NOW, null, 50)
                        .getFirst()
                        .assigneeId())
                .isEqualTo(TicketQuery.UNASSIGNED);
    }
}
