package io.frontline.tickets.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.tickets.Channel;
import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketQuery;
import io.frontline.tickets.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewFilterTest {

    private final ViewFilter filter = new ViewFilter(
            EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN),
            EnumSet.of(Priority.URGENT),
            EnumSet.of(Channel.EMAIL, Channel.CHAT),
            List.of(4L),
            "me",
            "billing",
            LocalDate.parse("2026-11-01"),
            LocalDate.parse("2026-11-21"),
            null,
            TicketQuery.Sort.CREATED_ASC);

    @Test
    void survivesStorageAsJson() {
        assertThat(ViewFilter.fromJson(filter.toJson())).isEqualTo(filter);
    }

    @Test
    void resolvesMeToTheAgentAndIncludesTheWholeLastDay() {
        TicketQuery query = filter.queries(42, null, 50).getFirst();

        assertThat(query.assigneeId()).isEqualTo(42);
        assertThat(query.teamId()).isEqualTo(4);
        assertThat(query.createdAfter()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(query.createdBefore()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
        assertThat(query.sort()).isEqualTo(TicketQuery.Sort.CREATED_ASC);
    }

    @Test
    void runsOneQueryPerTeamSharingTheCursor() {
        List<TicketQuery> queries = filter.withTeams(List.of(1L, 2L, 3L)).queries(42, "abc", 50);

        assertThat(queries).extracting(TicketQuery::teamId).containsExactly(1L, 2L, 3L);
        assertThat(queries).extracting(TicketQuery::cursor).containsOnly("abc");
    }

    @Test
    void unassignedMeansNoAssignee() {
        assertThat(filter.withAssignee("none").queries(42, null, 50).getFirst().assigneeId())
                .isEqualTo(TicketQuery.UNASSIGNED);
    }
}
