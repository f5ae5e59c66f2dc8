package io.frontline.notifications;

import java.util.Locale;

/** Why an agent was notified. */
public enum NotificationKind {
    RULE,
    ESCALATION,
    FOLLOW_UP,
    MENTION,
    OTHER;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
