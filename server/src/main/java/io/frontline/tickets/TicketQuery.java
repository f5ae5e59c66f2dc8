package io.frontline.tickets;

import java.time.Instant;
import java.util.Set;

/**
 * Which tickets to list and in what order. {@code assigneeId} {@code null} means any, {@link #UNASSIGNED} means none.
 * Paging is by keyset, so a page never repeats or skips a ticket because others arrived meanwhile.
 */
public record TicketQuery(
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

    public static final long UNASSIGNED = -1;

    /** The order of a list; the id breaks ties so the order is total. */
    public enum Sort {
        CREATED_DESC("-createdAt"),
        CREATED_ASC("createdAt"),
        UPDATED_DESC("-updatedAt"),
        UPDATED_ASC("updatedAt");

        private final String param;

        Sort(String param) {
            this.param = param;
        }

        public String param() {
            return param;
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
