package io.frontline.channels.chat.internal;

import io.frontline.channels.chat.ChatVisitor;
import io.frontline.channels.email.internal.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Signs and checks visitor tokens {@code v1.<visitorId>.<widgetId>.<expiry>.<signature>}: the only thing that lets a
 * browser read or write a conversation. The signature is HMAC-SHA256 under a key derived from the server's secret key,
 * so every node that shares the secret accepts every node's tokens.
 */
@Component
public class VisitorTokens {

    private final byte[] key;
    private final Clock clock;
    private final ChatProperties properties;

    @Autowired
    VisitorTokens(SecretBox secrets, Clock clock, ChatProperties properties) {
        this(secrets.derive("frontline chat visitor token v1"), clock, properties);
    }

    VisitorTokens(byte[] key, Clock clock, ChatProperties properties) {
        this.key = key.clone();
        this.clock = clock;
        this.properties = properties;
    }

    /** A token for a new visitor of a widget. */
    public String issue(long widgetId) {
        return issue(UUID.randomUUID().toString(), widgetId);
    }

    /** A fresh token (new expiry) for a known visitor. */
    public String issue(String visitorId, long widgetId) {
        long expiry = clock.instant().plus(properties.visitorTokenLifetime()).getEpochSecond();
        String payload = "v1." + visitorId + "." + widgetId + "." + expiry;
        return payload + "." + sign(payload);
    }

    /** The visitor a token stands for, if it is well-formed, correctly signed and not expired. */
    public Optional<ChatVisitor> verify(String token) {
        if (token == null || token.length() > 300) {
            return Optional.empty();
        }
        int lastDot = token.lastIndexOf('.');
        if (lastDot < 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, lastDot);
        byte[] given = token.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, expected)) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 4 || !parts[0].equals("v1")) {
            return Optional.empty();
        }
        try {
            Instant expiry = Instant.ofEpochSecond(Long.parseLong(parts[3]));
            if (!expiry.isAfter(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(ChatVisitor.of(parts[1], Long.parseLong(parts[2])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a visitor token", e);
        }
    }

    /** Whether {@code signature} is HMAC-SHA256(secret, email) in hex, as a website computes it for a signed-in user. */
    public static boolean identityMatches(String secret, String email, String signature) {
        if (secret == null || secret.isBlank() || email == null || signature == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected =
                    mac.doFinal(email.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(
                    java.util.HexFormat.of().formatHex(expected).getBytes(StandardCharsets.US_ASCII),
                    signature.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not check a visitor identity", e);
        }
    }
}
