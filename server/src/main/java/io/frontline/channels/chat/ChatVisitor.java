package io.frontline.channels.chat;

/**
 * A browser that holds a valid visitor token of a widget. A visitor whose identity the website signed is bound to
 * that customer ({@code verifiedCustomerId}) and sees all of the customer's chats; any other visitor sees only the
 * chats started with this token.
 */
public record ChatVisitor(String visitorId, long widgetId, Long verifiedCustomerId) {

    static final String VERIFIED_PREFIX = "c-";

    public static ChatVisitor of(String visitorId, long widgetId) {
        Long customer = null;
        if (visitorId.startsWith(VERIFIED_PREFIX)) {
            try {
                customer = Long.parseLong(visitorId.substring(VERIFIED_PREFIX.length()));
            } catch (NumberFormatException e) {
                customer = null;
            }
        }
        return new ChatVisitor(visitorId, widgetId, customer);
    }

    /** The visitor id of a verified customer: the same in every browser. */
    public static String verifiedId(long customerId) {
        return VERIFIED_PREFIX + customerId;
    }
}
