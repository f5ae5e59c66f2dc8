package io.frontline.channels.email;

import java.time.Instant;

/**
 * The email side of one ticket message: its Message-ID, why an inbound one joined the ticket, the delivery state of
 * an outbound one ({@code queued}, {@code sending}, {@code sent}, {@code failed} with the reason), and the raw
 * original's id when there is one.
 */
public record EmailDetails(
        Long messageId,
        String direction,
        String kind,
        String messageIdHeader,
        String threadReason,
        String state,
        int attempts,
        String error,
        String failedRecipient,
        String recipients,
        String cc,
        Instant sentAt,
        Long inboundId) {}
