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
}
