package io.frontline.tickets;

/** Where a ticket or message came in. The ticket module only records it; adapters live in {@code channels}. */
public enum Channel {
    EMAIL,
    CHAT,
    PHONE,
    WEB,
    SOCIAL,
    API,
    IN_PERSON
}
