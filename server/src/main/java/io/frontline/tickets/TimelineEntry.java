package io.frontline.tickets;

import java.time.Instant;

/** One message on a customer's or organization's timeline, across all tickets and channels. */
public record TimelineEntry(
        Instant at,
        long ticketId,
        String ticketSubject,
        TicketStatus ticketStatus,
        long messageId,
        Channel channel,
        Visibility visibility,
        MessageView.Author author,
        String excerpt) {}
