package io.frontline.tickets.web;

import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketType;
import java.util.List;

/** The properties in the ticket sidebar, with the version the page was rendered with. */
record TicketForm(
        long version,
        TicketStatus status,
        Priority priority,
        TicketType type,
        Long assigneeId,
        Long teamId,
        String tags,
        List<Long> followerIds) {}
