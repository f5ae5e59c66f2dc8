package io.frontline.tickets;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public record TicketView(
        long id,
        String subject,
        TicketStatus status,
        Priority priority,
        TicketType type,
        Channel channel,
        Requester requester,
        Long organizationId,
        Long assigneeId,
        Long teamId,
        List<String> tags,
        Map<String, Object> customFields,
        List<Long> followerIds,
        int messageCount,
        Long mergedIntoId,
        Long followUpOfId,
        Instant createdAt,
        Instant updatedAt,
        Instant solvedAt,
        Instant closedAt,
        long version,
        Instant statusChangedAt,
        Instant lastCustomerMessageAt,
        Instant lastAgentReplyAt,
        Instant slaDueAt) {

    public record Requester(long id, String name, String email) {}
}
