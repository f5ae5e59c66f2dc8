package io.frontline.channels.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ChatRateLimitsTest {

    private final ChatRateLimits limits = new ChatRateLimits(new ChatProperties(
            Duration.ofDays(30),
            Duration.ofSeconds(30),
            DataSize.ofMegabytes(1),
            List.of(),
            2000,
            3,
            5,
            Duration.ofSeconds(5)));

    @Test
    void aVisitorMaySendTheirShareAndThenWaits() {
        assertThat(List.of(
                        limits.visitorMayPost("v1"),
                        limits.visitorMayPost("v1"),
                        limits.visitorMayPost("v1"),
                        limits.visitorMayPost("v1")))
                .containsExactly(true, true, true, false);
        assertThat(limits.visitorMayPost("v2")).isTrue();
    }

    @Test
    void anAddressOverItsLimitIsToldHowLongToWait() {
        for (int i = 0; i < 5; i++) {
            assertThat(limits.addressWait("10.0.0.1")).isZero();
        }

        assertThat(limits.addressWait("10.0.0.1")).isBetween(1L, 60L);
        assertThat(limits.addressWait("10.0.0.2")).isZero();
    }
}
