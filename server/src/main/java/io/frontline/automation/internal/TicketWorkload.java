package io.frontline.automation.internal;

import io.frontline.identity.Workload;
import io.frontline.tickets.Page;
import io.frontline.tickets.TicketQuery;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Agents' open tickets — assigned to them, new or open, on every channel (a live chat's ticket included) — for routing
 * of every channel and the leads' load table. Counts up to {@link #MOST}, more than any capacity allows.
 */
@Component
public class TicketWorkload implements Workload {

    public static final String KIND = "tickets";
    static final Set<TicketStatus> OPEN = EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN);
    private static final int MOST = 501;

    private final Tickets tickets;

    TicketWorkload(Tickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<Long, Integer> open(Collection<Long> agentIds) {
        Map<Long, Integer> counts = new HashMap<>();
        for (long agentId : agentIds) {
            counts.put(agentId, count(agentId));
        }
        return counts;
    }

    /** In the caller's transaction when there is one, so that a routing pass holding the agent's lock sees its own. */
    public int count(long agentId) {
        int count = 0;
        String cursor = null;
        do {
            Page<TicketView> page = tickets.list(new TicketQuery(
                    OPEN,
                    agentId,
                    null,
                    null,
                    null,
                    Set.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    TicketQuery.Sort.CREATED_ASC,
                    cursor,
                    200));
            count += page.items().size();
            cursor = page.nextCursor();
        } while (cursor != null && count < MOST);
        return count;
    }
}
