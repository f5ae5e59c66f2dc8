package io.frontline.notifications;

/** Events of the notifications module, published in the transaction that wrote the change. */
public final class NotificationEvents {

    private NotificationEvents() {}

    /** An agent has a new notification. */
    public record NotificationPosted(long recipientId, long notificationId, NotificationKind kind) {}

    /** An agent read one or all of their notifications. */
    public record NotificationsRead(long recipientId) {}
}
