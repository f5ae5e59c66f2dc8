package io.frontline.tickets;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Which tickets to list and in what order. {@code assigneeId} {@code null} means any, {@link #UNASSIGNED} means none.
 * Several values of one filter mean any of them, except {@code tags}, which the ticket must all carry; every
 * {@code fields} condition must hold. Dates: {@code after} includes the instant, {@code before} excludes it. Paging is
 * by keyset, so a page never repeats or skips a ticket because others arrived meanwhile.
 */
public record TicketQuery(
        Set<TicketStatus> statuses,
        Long assigneeId,
        Long teamId,
        Long requesterId,
        Long organizationId,
        Set<String> tags,
        Set<Priority> priorities,
        Set<Channel> channels,
        Set<TicketType> types,
        Instant createdAfter,
        Instant createdBefore,
        Instant updatedAfter,
        Instant updatedBefore,
        List<FieldCondition> fields,
        Sort sort,
        String cursor,
        int limit) {

    public static final long UNASSIGNED = -1;

    /** Where tickets without an SLA target sort when sorting by due time: after every real due time. */
    public static final Instant NO_SLA_DUE = Instant.parse("9999-12-31T00:00:00Z");

    public TicketQuery {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** A query on the filters lists had before types, several tags, "updated before" and custom fields. */
    public TicketQuery(
            Set<TicketStatus> statuses,
            Long assigneeId,
            Long teamId,
            Long requesterId,
            Long organizationId,
            String tag,
            Set<Priority> priorities,
            Set<Channel> channels,
            Instant createdAfter,
            Instant createdBefore,
            Instant updatedAfter,
            Sort sort,
            String cursor,
            int limit) {
        this(
                statuses,
                assigneeId,
                teamId,
                requesterId,
                organizationId,
                tag == null ? Set.of() : Set.of(tag),
                priorities,
                channels,
                null,
                createdAfter,
                createdBefore,
                updatedAfter,
                null,
                List.of(),
                sort,
                cursor,
                limit);
    }

    /** The order of a list; the id breaks ties so the order is total. */
    public enum Sort {
        CREATED_DESC("-createdAt"),
        CREATED_ASC("createdAt"),
        UPDATED_DESC("-updatedAt"),
        UPDATED_ASC("updatedAt"),
        SLA_DUE("slaDueAt");

        private final String param;

        Sort(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        public boolean descending() {
            return this == CREATED_DESC || this == UPDATED_DESC;
        }

        /** The value a ticket sorts by. */
        public Instant key(TicketView ticket) {
            return switch (this) {
                case CREATED_DESC, CREATED_ASC -> ticket.createdAt();
                case UPDATED_DESC, UPDATED_ASC -> ticket.updatedAt();
                case SLA_DUE -> ticket.slaDueAt() == null ? NO_SLA_DUE : ticket.slaDueAt();
            };
        }

        public static Sort parse(String value) {
            for (Sort sort : values()) {
                if (sort.param.equals(value)) {
                    return sort;
                }
            }
            return null;
        }
    }
}
