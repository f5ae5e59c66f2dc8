package io.frontline.automation;

import java.time.Instant;

/** A reminder an agent set on a ticket; {@code state} is {@code pending}, {@code fired} or {@code cancelled}. */
public record FollowUpView(
        long id,
        long ticketId,
        String ticketSubject,
        long agentId,
        Instant dueAt,
        String note,
        String state,
        Instant createdAt,
        Instant firedAt) {}
