package io.frontline.tickets;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A partial update (JSON merge patch): only the fields named in {@code present} change; a present field with a
 * {@code null} value is cleared. {@code addTags}/{@code removeTags} change tags without replacing them, and
 * {@code customFields} are merged key by key (a {@code null} value removes the key).
 */
public record TicketChanges(
        Set<String> present,
        String subject,
        TicketStatus status,
        Priority priority,
        TicketType type,
        Long assigneeId,
        Long teamId,
        Long requesterId,
        List<String> tags,
        List<String> addTags,
        List<String> removeTags,
        Map<String, Object> customFields,
        List<Long> followerIds) {

    public boolean has(String field) {
        return present.contains(field);
    }

    /** Changes only the status. */
    public static TicketChanges ofStatus(TicketStatus status) {
        return new TicketChanges(
                Set.of("status"), null, status, null, null, null, null, null, null, null, null, null, null);
    }

    /** Changes only the assignee ({@code null} unassigns). */
    public static TicketChanges ofAssignee(Long assigneeId) {
        return new TicketChanges(
                Set.of("assigneeId"), null, null, null, null, assigneeId, null, null, null, null, null, null, null);
    }

    /** Changes only the team ({@code null} clears it). */
    public static TicketChanges ofTeam(Long teamId) {
        return new TicketChanges(
                Set.of("teamId"), null, null, null, null, null, teamId, null, null, null, null, null, null);
    }
}
