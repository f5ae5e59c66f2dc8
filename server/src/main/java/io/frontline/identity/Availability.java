package io.frontline.identity;

import java.time.Instant;

/**
 * Whether an agent takes work now and how much, the same for every channel: {@code presence} is {@code online},
 * {@code away} or {@code offline}; {@code ticketCapacity} is how many new or open tickets routing lets them hold,
 * {@code chatCapacity} how many chats at once; {@code lastAssignedAt} is when routing of any channel last gave them
 * something (round robin and ties go to whoever waited longest); {@code disconnectedAt} is since when their last chat
 * console has been closed (they go offline after the chat's grace period).
 */
public record Availability(
        long agentId,
        String presence,
        int ticketCapacity,
        int chatCapacity,
        Instant lastAssignedAt,
        Instant disconnectedAt) {

    public boolean online() {
        return "online".equals(presence);
    }
}
