package io.frontline.channels.chat;

import java.time.Instant;

/**
 * A chat as a visitor or an agent sees it: where it stands ({@code queued}, {@code active}, {@code ended}), the
 * visitor's place in the queue while queued, the agent once assigned, and how far each side has read.
 */
public record ConversationView(
        long id,
        long ticketId,
        long widgetId,
        String state,
        Integer position,
        Agent agent,
        Long teamId,
        long customerId,
        String visitorName,
        String visitorEmail,
        String language,
        Instant queuedAt,
        Instant assignedAt,
        Instant endedAt,
        long lastSeq,
        long visitorReadSeq,
        long agentReadSeq) {

    /** The agent as the visitor sees them: a name and the initials drawn as their avatar. */
    public record Agent(long id, String name, String initials) {}
}
