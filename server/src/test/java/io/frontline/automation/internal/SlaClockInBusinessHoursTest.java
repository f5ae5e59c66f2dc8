package io.frontline.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** An SLA clock counting a team's business hours: Monday to Friday, 09:00 to 17:00 in Berlin. */
class SlaClockInBusinessHoursTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    final WeeklyCalendar office = new WeeklyCalendar(
            BERLIN,
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                    .stream()
                    .map(d -> new WeeklyCalendar.Shift(d, 9 * 60, 17 * 60))
                    .toList(),
            List.of(LocalDate.of(2026, 12, 25)),
            List.of());

    static Instant berlin(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(BERLIN).toInstant();
    }

    static SlaPolicy twoHourFirstReply() {
        SlaPolicy policy = new SlaPolicy(Instant.EPOCH);
        policy.change("Business", null, true, 1, "{}", 120, null, null, true, 50, Instant.EPOCH);
        ReflectionTestUtils.setField(policy, "id", 7L); // as if saved
        return policy;
    }

    SlaClock startedAt(String dateTime) {
        return new SlaClock(1L, twoHourFirstReply(), SlaClock.Metric.FIRST_REPLY, 120, berlin(dateTime), office);
    }

    @Test
    void aTicketOpenedFridayAtFourIsDueMondayAtTen() {
        SlaClock clock = startedAt("2026-12-04T16:00");
        assertThat(clock.getDueAt()).isEqualTo(berlin("2026-12-07T10:00"));
        assertThat(clock.getWarnAt()).as("warned at half the target").isEqualTo(berlin("2026-12-04T17:00"));
    }

    @Test
    void resumingRecomputesTheDueTimeFromTheBusinessTimeLeft() {
        SlaClock clock = startedAt("2026-12-04T16:00");
        clock.pause(berlin("2026-12-04T16:30"), office);
        assertThat(clock.getConsumedSeconds()).isEqualTo(30 * 60);
        clock.resume(berlin("2026-12-07T09:15"), office);
        assertThat(clock.getDueAt()).isEqualTo(berlin("2026-12-07T10:45"));
    }

    @Test
    void aPauseOverTheWeekendAndAHolidayUsesNoTime() {
        SlaClock clock = startedAt("2026-12-24T16:00");
        assertThat(clock.getDueAt()).isEqualTo(berlin("2026-12-28T10:00"));
        clock.pause(berlin("2026-12-24T18:00"), office);
        clock.resume(berlin("2026-12-27T12:00"), office);
        assertThat(clock.getConsumedSeconds()).isEqualTo(60 * 60);
        assertThat(clock.getDueAt()).isEqualTo(berlin("2026-12-28T10:00"));
    }
}
