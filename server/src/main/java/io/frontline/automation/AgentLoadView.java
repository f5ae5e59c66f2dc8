package io.frontline.automation;

/**
 * An agent's load as routing sees it: presence, open tickets (new or open, assigned to them, every channel — a live
 * chat's ticket included) against their ticket capacity, and open chats against their chat capacity.
 */
public record AgentLoadView(
        long agentId,
        String name,
        String presence,
        int openTickets,
        int ticketCapacity,
        int openChats,
        int chatCapacity) {}
