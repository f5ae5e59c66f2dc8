package io.frontline.tickets;

import java.time.Instant;

/** One change in a ticket's history. */
public record HistoryView(
        long id,
        long ticketId,
        Instant at,
        MessageView.Author actor,
        String kind,
        String field,
        String from,
        String to) {}
