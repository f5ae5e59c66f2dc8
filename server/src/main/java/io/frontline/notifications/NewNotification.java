package io.frontline.notifications;

/**
 * A notification to post: for {@code recipientId}, about {@code ticketId} (optional, with the ticket's subject as it
 * was), with {@code text} and who caused it ({@code actorName}: an agent, a rule, a reminder).
 */
public record NewNotification(
        long recipientId, NotificationKind kind, Long ticketId, String ticketSubject, String text, String actorName) {}
