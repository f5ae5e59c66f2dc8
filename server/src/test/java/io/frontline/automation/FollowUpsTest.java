package io.frontline.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.kernel.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FollowUpsTest {

    static final Instant NOW = Instant.parse("2026-12-04T16:00:00Z"); // a Friday

    /** Works 9:00–17:00 UTC on weekdays: enough of a calendar to tell business time from elapsed time. */
    static final BusinessCalendar OFFICE = new BusinessCalendar() {
        @Override
        public ZoneId zone() {
            return ZoneOffset.UTC;
        }

        @Override
        public boolean isOpen(Instant at) {
            var t = at.atZone(ZoneOffset.UTC);
            return t.getDayOfWeek().getValue() <= 5 && t.getHour() >= 9 && t.getHour() < 17;
        }

        @Override
        public Instant plus(Instant start, Duration businessTime) {
            Instant at = start;
            long left = businessTime.toMinutes();
            while (left > 0) {
                if (isOpen(at)) {
                    left--;
                }
                at = at.plusSeconds(60);
            }
            return at;
        }

        @Override
        public Duration between(Instant from, Instant to) {
            throw new UnsupportedOperationException();
        }
    };

    @Nested
    class WhenAReminderIsDue {

        @Test
        void countsABusinessHoursDelayInTheTeamsWorkingTime() {
            Instant due = FollowUps.due(new FollowUpInput(null, Duration.ofHours(4), true, null), NOW, OFFICE);
            // one hour left on Friday, three on Monday morning
            assertThat(due).isEqualTo(Instant.parse("2026-12-07T12:00:00Z"));
        }

        @Test
        void countsAPlainDelayInElapsedTime() {
            Instant due = FollowUps.due(new FollowUpInput(null, Duration.ofHours(4), false, null), NOW, OFFICE);
            assertThat(due).isEqualTo(NOW.plus(Duration.ofHours(4)));
        }

        @Test
        void takesAPickedTimeAsItIs() {
            Instant at = NOW.plus(Duration.ofDays(3));
            assertThat(FollowUps.due(new FollowUpInput(at, null, null, "call"), NOW, OFFICE))
                    .isEqualTo(at);
        }

        @Test
        void refusesThePastBothOrNeitherAndDelaysBeyondAYear() {
            assertThatThrownBy(
                            () -> FollowUps.due(new FollowUpInput(NOW.minusSeconds(1), null, null, null), NOW, OFFICE))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations())
                                    .extracting(v -> v.field())
                                    .containsExactly("dueAt"));
            assertThatThrownBy(() -> FollowUps.due(
                            new FollowUpInput(NOW.plusSeconds(60), Duration.ofHours(1), null, null), NOW, OFFICE))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> FollowUps.due(new FollowUpInput(null, null, null, null), NOW, OFFICE))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() ->
                            FollowUps.due(new FollowUpInput(null, Duration.ofDays(400), false, null), NOW, OFFICE))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations())
                                    .extracting(v -> v.field())
                                    .containsExactly("delay"));
        }
    }

    @Test
    void tomorrowAtNineIsNineOClockOfTheNextDayInTheGivenZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // 23:30 UTC is already Saturday in Berlin: "tomorrow" is Sunday there
        Instant lateFriday = Instant.parse("2026-12-04T23:30:00Z");
        assertThat(FollowUps.tomorrowAt(lateFriday, berlin, LocalTime.of(9, 0)))
                .isEqualTo(Instant.parse("2026-12-06T08:00:00Z"));
        assertThat(FollowUps.tomorrowAt(lateFriday, ZoneOffset.UTC, LocalTime.of(9, 0)))
                .isEqualTo(Instant.parse("2026-12-05T09:00:00Z"));
    }
}
