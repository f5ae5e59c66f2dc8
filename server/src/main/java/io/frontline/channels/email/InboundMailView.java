package io.frontline.channels.email;

import java.time.Instant;

/** An inbound message as admins see it in the intake log and the quarantine. */
public record InboundMailView(
        long id,
        Long mailboxId,
        String source,
        long size,
        Instant receivedAt,
        String state,
        String outcome,
        String messageIdHeader,
        String from,
        String subject,
        Long ticketId,
        Long messageId,
        String error,
        int attempts,
        Instant processedAt) {}
