package io.frontline.tickets.web;

import java.time.Instant;
import java.util.List;

/**
 * Who has a ticket open and who is typing on it, kept alive by heartbeats from the ticket page. One node keeps it in
 * memory; a cluster would put a shared store behind the same interface.
 */
interface Presence {

    record Viewer(long agentId, String name, boolean typing, Instant seenAt) {}

    void heartbeat(long ticketId, long agentId, String name, boolean typing);

    void typing(long ticketId, long agentId, String name, boolean typing);

    void leave(long ticketId, long agentId);

    /** Everyone else on the ticket whose last heartbeat is recent enough. */
    List<Viewer> others(long ticketId, long agentId);
}
