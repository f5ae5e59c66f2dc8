package io.frontline.automation;

import io.frontline.tickets.MessageView;
import io.frontline.tickets.TicketView;
import java.util.Map;

/** The outcome of applying a macro: the message it posted ({@code null} when none), the changes and the ticket. */
public record MacroApplied(
        long macroId, String title, MessageView message, Map<String, Object> changes, TicketView ticket) {}
