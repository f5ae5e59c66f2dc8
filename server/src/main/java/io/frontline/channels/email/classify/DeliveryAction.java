package io.frontline.channels.email.classify;

/** What a delivery report says happened for one recipient (the RFC 3464 {@code Action} field). */
public enum DeliveryAction {
    FAILED,
    DELAYED,
    DELIVERED,
    RELAYED,
    EXPANDED
}
