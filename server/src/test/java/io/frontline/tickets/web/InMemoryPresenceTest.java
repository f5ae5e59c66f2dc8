package io.frontline.tickets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryPresenceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final InMemoryPresence presence = new InMemoryPresence(clock);

    @Test
    void anAgentSeesTheOthersOnATicketButNotThemselves() {
        presence.heartbeat(7, 1, "Maya", false);
        presence.heartbeat(7, 2, "Jonas", false);
        presence.heartbeat(8, 3, "Priya", false);

        assertThat(presence.others(7, 1)).extracting(Presence.Viewer::name).containsExactly("Jonas");
    }

    @Test
    void typingShowsUntilShortlyAfterTheLastKeystroke() {
        presence.heartbeat(7, 2, "Jonas", true);
        assertThat(presence.others(7, 1).getFirst().typing()).isTrue();

        clock.advance(InMemoryPresence.TYPING.plusSeconds(1));
        presence.heartbeat(7, 2, "Jonas", false);

        assertThat(presence.others(7, 1).getFirst().typing()).isFalse();
    }

    @Test
    void anAgentWithoutHeartbeatsDisappears() {
        presence.heartbeat(7, 2, "Jonas", false);

        clock.advance(InMemoryPresence.EXPIRY.plusSeconds(1));

        assertThat(presence.others(7, 1)).isEmpty();
    }

    @Test
    void leavingRemovesTheAgentAtOnce() {
        presence.heartbeat(7, 2, "Jonas", false);

        presence.leave(7, 2);

        assertThat(presence.others(7, 1)).isEmpty();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
