package io.frontline.tickets;

import io.frontline.kernel.Actor;
import java.util.List;

/** Domain events of the ticket module, published in the transaction that made the change. */
public final class TicketEvents {

    private TicketEvents() {}

    /** One field of a ticket changed from one value to another (values as their API strings). */
    public record Change(String field, String from, String to) {}

    public record TicketOpened(long ticketId, Channel channel, long requesterId, Actor actor) {}

    public record TicketChanged(long ticketId, List<Change> changes, Actor actor) {}

    public record MessagePosted(long ticketId, long messageId, Visibility visibility, Actor actor) {}

    public record TicketsMerged(long sourceId, long targetId, Actor actor) {}
}
