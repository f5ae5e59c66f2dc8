package io.frontline.channels.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.channels.chat.ChatVisitor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class VisitorTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static ChatProperties properties() {
        return new ChatProperties(
                Duration.ofDays(30),
                Duration.ofSeconds(30),
                DataSize.ofMegabytes(10),
                List.of("image/png"),
                2000,
                20,
                120,
                Duration.ofSeconds(5));
    }

    private final VisitorTokens tokens = new VisitorTokens(KEY, Clock.fixed(NOW, ZoneOffset.UTC), properties());

    @Test
    void aTokenStandsForItsVisitorAndWidget() {
        String token = tokens.issue("visitor-1", 7);

        assertThat(tokens.verify(token)).contains(new ChatVisitor("visitor-1", 7, null));
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = tokens.issue("visitor-1", 7);
        String otherVisitor = token.replace("visitor-1", "visitor-2");
        String otherWidget = token.replace(".7.", ".8.");

        assertThat(tokens.verify(otherVisitor)).isEmpty();
        assertThat(tokens.verify(otherWidget)).isEmpty();
        assertThat(tokens.verify(token + "x")).isEmpty();
        assertThat(tokens.verify("v1.a.b")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        VisitorTokens otherServer = new VisitorTokens(
                "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII),
                Clock.fixed(NOW, ZoneOffset.UTC),
                properties());

        assertThat(tokens.verify(otherServer.issue("visitor-1", 7))).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = tokens.issue("visitor-1", 7);
        VisitorTokens later =
                new VisitorTokens(KEY, Clock.fixed(NOW.plus(Duration.ofDays(31)), ZoneOffset.UTC), properties());

        assertThat(later.verify(token)).isEmpty();
    }

    @Test
    void aVerifiedVisitorIsBoundToTheirCustomer() {
        String token = tokens.issue(ChatVisitor.verifiedId(42), 7);

        assertThat(tokens.verify(token).orElseThrow().verifiedCustomerId()).isEqualTo(42L);
    }

    @Test
    void anIdentityMatchesOnlyTheWebsitesSignatureOfThatEmail() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("site-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal("alice@example.com".getBytes(StandardCharsets.UTF_8)));

        assertThat(VisitorTokens.identityMatches("site-secret", "Alice@Example.com", signature))
                .isTrue();
        assertThat(VisitorTokens.identityMatches("site-secret", "bob@example.com", signature))
                .isFalse();
        assertThat(VisitorTokens.identityMatches("other-secret", "alice@example.com", signature))
                .isFalse();
        assertThat(VisitorTokens.identityMatches(null, "alice@example.com", signature))
                .isFalse();
    }
}
