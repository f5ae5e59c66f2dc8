package io.frontline.notifications;

import java.util.List;

/**
 * How an agent wants to hear about their notifications besides the bell: by email at all ({@code email}, on unless
 * they turned it off), and for which kinds ({@link NotificationKind#value()}s; a kind not listed is not emailed).
 */
public record NotificationSettings(boolean email, List<String> emailKinds) {}
