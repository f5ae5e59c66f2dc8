package io.frontline.automation;

import io.frontline.kernel.Actor;
import java.time.Instant;
import java.util.List;

/**
 * One escalation of a ticket: from which level (0 to 2, worked by agents of tier 1 to 3) and team to which, why, by
 * whom (an agent or a rule), whether the assignee was taken off, and which leads were notified.
 */
public record EscalationView(
        long id,
        long ticketId,
        int fromLevel,
        int toLevel,
        Long fromTeamId,
        Long toTeamId,
        String reason,
        Actor by,
        boolean unassigned,
        Instant at,
        List<Long> notifiedLeadIds) {

    /** The agent tier a level asks for. */
    public static int tierFor(int level) {
        return level + 1;
    }
}
