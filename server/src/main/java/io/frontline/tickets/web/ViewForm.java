package io.frontline.tickets.web;

import io.frontline.tickets.Channel;
import io.frontline.tickets.Priority;
import io.frontline.tickets.RelativeTime;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A custom view as edited: its name, who sees it ({@code teamId} null = only me), filters and sort order. Spans such as
 * "in the last 7 days" are an amount and a unit ({@code h}, {@code d}, {@code w}); custom field filters come as
 * {@code cf.*} parameters beside the form.
 */
record ViewForm(
        String name,
        Long teamId,
        Set<TicketStatus> statuses,
        Set<Priority> priorities,
        Set<Channel> channels,
        Set<TicketType> types,
        Long filterTeamId,
        String assignee,
        String tags,
        LocalDate createdFrom,
        LocalDate createdTo,
        Integer createdWithin,
        String createdWithinUnit,
        Integer createdOlderThan,
        String createdOlderThanUnit,
        LocalDate updatedFrom,
        LocalDate updatedTo,
        Integer updatedWithin,
        String updatedWithinUnit,
        Integer updatedOlderThan,
        String updatedOlderThanUnit,
        String sort) {

    static ViewForm empty() {
        return of("", null, ViewFilter.of(EnumSet.noneOf(TicketStatus.class)));
    }

    static ViewForm of(String name, Long teamId, ViewFilter f) {
        return new ViewForm(
                name,
                teamId,
                f.statuses(),
                f.priorities(),
                f.channels(),
                f.types(),
                f.teamIds().isEmpty() ? null : f.teamIds().getFirst(),
                f.assignee(),
                String.join(", ", f.tags()),
                f.created().from(),
                f.created().to(),
                amount(f.created().within()),
                unit(f.created().within()),
                amount(f.created().olderThan()),
                unit(f.created().olderThan()),
                f.updated().from(),
                f.updated().to(),
                amount(f.updated().within()),
                unit(f.updated().within()),
                amount(f.updated().olderThan()),
                unit(f.updated().olderThan()),
                f.sortOrDefault().param());
    }

    /** {@code null} when no amount was given, the span otherwise; an amount out of range is an error. */
    static RelativeTime span(Integer amount, String unit) {
        if (amount == null) {
            return null;
        }
        RelativeTime.Unit parsed = RelativeTime.Unit.of(unit == null ? "d" : unit);
        return new RelativeTime(amount, parsed);
    }

    private static Integer amount(RelativeTime span) {
        return span == null ? null : span.amount();
    }

    private static String unit(RelativeTime span) {
        return span == null ? RelativeTime.Unit.DAYS.symbol() : span.unit().symbol();
    }
}
