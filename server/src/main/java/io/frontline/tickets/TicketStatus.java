package io.frontline.tickets;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket stands. A closed ticket is final and read-only; a solved one reopens when the customer writes.
 */
public enum TicketStatus {
    NEW,
    OPEN,
    PENDING,
    ON_HOLD,
    SOLVED,
    CLOSED;

    /** The statuses this one may move to. */
    public Set<TicketStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, PENDING, ON_HOLD, SOLVED);
            case OPEN -> EnumSet.of(PENDING, ON_HOLD, SOLVED);
            case PENDING -> EnumSet.of(OPEN, ON_HOLD, SOLVED);
            case ON_HOLD -> EnumSet.of(OPEN, PENDING, SOLVED);
            case SOLVED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return this == target || next().contains(target);
    }

    /** Statuses in which the ticket still needs work from the team. */
    public boolean isActive() {
        return this == NEW || this == OPEN || this == PENDING || this == ON_HOLD;
    }

    public String value() {
        return name().toLowerCase();
    }
}
