package io.frontline.tickets;

/**
 * A link seen from one ticket. {@code direction} is {@code outgoing} when this ticket is the one that relates, follows
 * up or was merged, {@code incoming} otherwise.
 */
public record LinkView(long ticketId, LinkKind kind, String direction, String subject, TicketStatus status) {}
