package io.frontline.notifications;

import java.time.Instant;

/** A notification as its recipient sees it; {@code readAt} is null while unread. */
public record NotificationView(
        long id,
        String kind,
        Long ticketId,
        String ticketSubject,
        String text,
        String actorName,
        Instant createdAt,
        Instant readAt) {}
