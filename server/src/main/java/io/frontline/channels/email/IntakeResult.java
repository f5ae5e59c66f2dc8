package io.frontline.channels.email;

/**
 * What became of one inbound message. {@code outcome} is {@code created}, {@code threaded}, {@code auto_reply},
 * {@code bounce} or {@code quarantined}; {@code duplicate} says the same message (by Message-ID) had been taken in
 * before, and the ids are those of its first intake.
 */
public record IntakeResult(long inboundId, Long ticketId, Long messageId, String outcome, boolean duplicate) {}
