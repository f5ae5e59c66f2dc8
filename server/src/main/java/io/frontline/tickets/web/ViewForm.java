package io.frontline.tickets.web;

import io.frontline.tickets.Channel;
import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketStatus;
import java.time.LocalDate;
import java.util.Set;

/** A custom view as edited: its name, who sees it ({@code teamId} null = only me), filters and sort order. */
record ViewForm(
        String name,
        Long teamId,
        Set<TicketStatus> statuses,
        Set<Priority> priorities,
        Set<Channel> channels,
        Long filterTeamId,
        String assignee,
        String tag,
        LocalDate createdFrom,
        LocalDate createdTo,
        LocalDate updatedFrom,
        String sort) {}
