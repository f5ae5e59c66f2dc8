package io.frontline.channels.chat;

import java.time.Instant;
import java.util.List;

/**
 * A chat widget as admins manage it. The identity secret itself is never shown after it is set; {@code
 * identityVerification} says whether one is.
 */
public record WidgetView(
        long id,
        String key,
        String name,
        Long teamId,
        List<String> allowedOrigins,
        String greeting,
        String offlineMessage,
        String color,
        String language,
        List<PrechatField> prechatFields,
        boolean identityVerification,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** An extra question of the pre-chat form, besides name, email and the first message. */
    public record PrechatField(String key, String label, boolean required) {}
}
