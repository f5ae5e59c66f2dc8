package io.frontline.automation.internal;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.automation.internal.WeeklyCalendar.Shift;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WeeklyCalendarTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    static Shift shift(DayOfWeek day, String from, String to) {
        return new Shift(day, minute(from), minute(to));
    }

    static int minute(String hhmm) {
        String[] p = hhmm.split(":");
        return Integer.parseInt(p[0]) * 60 + Integer.parseInt(p[1]);
    }

    static List<Shift> weekdays(String from, String to) {
        List<Shift> shifts = new ArrayList<>();
        for (DayOfWeek d : List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)) {
            shifts.add(shift(d, from, to));
        }
        return shifts;
    }

    static List<Shift> aroundTheClock() {
        List<Shift> shifts = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            shifts.add(shift(d, "00:00", "24:00"));
        }
        return shifts;
    }

    static WeeklyCalendar calendar(ZoneId zone, List<Shift> shifts, LocalDate... holidays) {
        return new WeeklyCalendar(zone, shifts, List.of(holidays), List.of());
    }

    static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    static Duration hours(long h) {
        return Duration.ofHours(h);
    }

    /** Monday to Friday, 09:00 to 17:00 in Berlin; Christmas Day 2026 (a Friday) is a holiday. */
    @Nested
    class AnOfficeWeekInBerlin {

        final WeeklyCalendar office = calendar(BERLIN, weekdays("09:00", "17:00"), LocalDate.of(2026, 12, 25));

        @Test
        void isOpenDuringTheDayOnWeekdaysOnly() {
            assertThat(office.isOpen(local("2026-12-07T09:00", BERLIN))).isTrue();
            assertThat(office.isOpen(local("2026-12-07T16:59", BERLIN))).isTrue();
            assertThat(office.isOpen(local("2026-12-07T17:00", BERLIN))).isFalse();
            assertThat(office.isOpen(local("2026-12-07T08:59", BERLIN))).isFalse();
            assertThat(office.isOpen(local("2026-12-05T12:00", BERLIN))).isFalse();
        }

        @Test
        void carriesTimeLeftOnFridayEveningOverTheWeekendToMonday() {
            assertThat(office.plus(local("2026-12-04T16:00", BERLIN), hours(2)))
                    .isEqualTo(local("2026-12-07T10:00", BERLIN));
        }

        @Test
        void startsCountingAtTheNextOpeningWhenStartedOutsideHours() {
            assertThat(office.plus(local("2026-12-08T07:00", BERLIN), hours(1)))
                    .isEqualTo(local("2026-12-08T10:00", BERLIN));
            assertThat(office.plus(local("2026-12-05T11:00", BERLIN), hours(1)))
                    .isEqualTo(local("2026-12-07T10:00", BERLIN));
        }

        @Test
        void startedExactlyAtClosingCountsFromTheNextMorning() {
            assertThat(office.plus(local("2026-12-08T17:00", BERLIN), hours(1)))
                    .isEqualTo(local("2026-12-09T10:00", BERLIN));
        }

        @Test
        void timeRunningOutExactlyAtClosingIsDueAtClosing() {
            assertThat(office.plus(local("2026-12-08T16:00", BERLIN), hours(1)))
                    .isEqualTo(local("2026-12-08T17:00", BERLIN));
        }

        @Test
        void skipsAHolidayAndTheWeekendAfterIt() {
            assertThat(office.isOpen(local("2026-12-25T12:00", BERLIN))).isFalse();
            assertThat(office.plus(local("2026-12-24T16:30", BERLIN), hours(1)))
                    .isEqualTo(local("2026-12-28T09:30", BERLIN));
        }

        @Test
        void startedInsideAHolidayCountsFromTheNextWorkingDay() {
            assertThat(office.plus(local("2026-12-25T12:00", BERLIN), hours(1)))
                    .isEqualTo(local("2026-12-28T10:00", BERLIN));
        }

        @Test
        void measuresOnlyWorkingTimeAcrossAWeekend() {
            assertThat(office.between(local("2026-12-04T16:00", BERLIN), local("2026-12-07T10:00", BERLIN)))
                    .isEqualTo(hours(2));
        }

        @Test
        void measuresNoWorkingTimeOnAHoliday() {
            assertThat(office.between(local("2026-12-24T16:00", BERLIN), local("2026-12-28T10:00", BERLIN)))
                    .isEqualTo(hours(2));
        }

        @Test
        void measuresNothingBackwardsOrInTheNight() {
            assertThat(office.between(local("2026-12-08T10:00", BERLIN), local("2026-12-08T09:00", BERLIN)))
                    .isZero();
            assertThat(office.between(local("2026-12-08T18:00", BERLIN), local("2026-12-09T08:00", BERLIN)))
                    .isZero();
        }

        @Test
        void addsFiveHundredHoursOverSixtyTwoAndAHalfWorkingDaysAcrossTheSpringForward() {
            Instant start = local("2027-01-04T09:00", BERLIN);
            Instant due = office.plus(start, hours(500));
            // 62 full days (12 weeks and 2 days) and 4 hours on the 63rd; summer time began on 28 March 2027
            assertThat(due).isEqualTo(local("2027-03-31T13:00", BERLIN));
            assertThat(due).isEqualTo(Instant.parse("2027-03-31T11:00:00Z"));
            assertThat(office.between(start, due)).isEqualTo(hours(500));
        }

        @Test
        void measuresAWholeYearOfWorkingDays() {
            // 2026 has 261 weekdays; the holiday of 2026 is one of them
            assertThat(office.between(local("2026-01-01T00:00", BERLIN), local("2027-01-01T00:00", BERLIN)))
                    .isEqualTo(hours(260 * 8));
        }

        @Test
        void tellsWhenItClosesAndOpensNext() {
            var open = office.state(local("2026-12-04T12:00", BERLIN));
            assertThat(open.open()).isTrue();
            assertThat(open.nextClosing()).isEqualTo(local("2026-12-04T17:00", BERLIN));
            assertThat(open.nextOpening()).isEqualTo(local("2026-12-07T09:00", BERLIN));
            var closed = office.state(local("2026-12-24T20:00", BERLIN));
            assertThat(closed.open()).isFalse();
            assertThat(closed.nextOpening()).isEqualTo(local("2026-12-28T09:00", BERLIN));
            assertThat(closed.nextClosing()).isEqualTo(local("2026-12-28T17:00", BERLIN));
        }
    }

    @Nested
    class YearlyHolidays {

        @Test
        void closeTheSameDateEveryYear() {
            var office =
                    new WeeklyCalendar(BERLIN, weekdays("09:00", "17:00"), List.of(), List.of(MonthDay.of(12, 25)));
            assertThat(office.isOpen(local("2026-12-25T12:00", BERLIN))).isFalse();
            assertThat(office.isOpen(local("2028-12-25T12:00", BERLIN))).isFalse();
            assertThat(office.isOpen(local("2028-12-26T12:00", BERLIN))).isTrue();
        }
    }

    /** One shift a week, Friday 22:00 to Saturday 06:00. */
    @Nested
    class AnOvernightShift {

        final WeeklyCalendar night = calendar(BERLIN, List.of(shift(FRIDAY, "22:00", "06:00")));

        @Test
        void isOpenFromFridayNightToSaturdayMorning() {
            assertThat(night.isOpen(local("2026-12-04T21:59", BERLIN))).isFalse();
            assertThat(night.isOpen(local("2026-12-04T22:00", BERLIN))).isTrue();
            assertThat(night.isOpen(local("2026-12-05T00:00", BERLIN))).isTrue();
            assertThat(night.isOpen(local("2026-12-05T05:59", BERLIN))).isTrue();
            assertThat(night.isOpen(local("2026-12-05T06:00", BERLIN))).isFalse();
        }

        @Test
        void countsOnAcrossMidnight() {
            assertThat(night.plus(local("2026-12-04T21:00", BERLIN), hours(3)))
                    .isEqualTo(local("2026-12-05T01:00", BERLIN));
            assertThat(night.between(local("2026-12-04T12:00", BERLIN), local("2026-12-05T12:00", BERLIN)))
                    .isEqualTo(hours(8));
        }

        @Test
        void carriesTheRestOverToTheNextWeeksShift() {
            assertThat(night.plus(local("2026-12-05T05:00", BERLIN), hours(2)))
                    .isEqualTo(local("2026-12-11T23:00", BERLIN));
        }

        @Test
        void isOneOpeningFromTenPmToSixAm() {
            var state = night.state(local("2026-12-04T23:00", BERLIN));
            assertThat(state.open()).isTrue();
            assertThat(state.nextClosing()).isEqualTo(local("2026-12-05T06:00", BERLIN));
            assertThat(state.nextOpening()).isEqualTo(local("2026-12-11T22:00", BERLIN));
        }

        @Test
        void losesTheHoursAfterMidnightWhenSaturdayIsAHoliday() {
            var withHoliday = calendar(BERLIN, List.of(shift(FRIDAY, "22:00", "06:00")), LocalDate.of(2026, 12, 5));
            assertThat(withHoliday.isOpen(local("2026-12-05T01:00", BERLIN))).isFalse();
            assertThat(withHoliday.plus(local("2026-12-04T22:00", BERLIN), hours(3)))
                    .isEqualTo(local("2026-12-11T23:00", BERLIN));
        }
    }

    @Nested
    class DaylightSavingInBerlin {

        final WeeklyCalendar saturdayNight = calendar(BERLIN, List.of(shift(SATURDAY, "22:00", "06:00")));

        @Test
        void aNightShiftIsAnHourShorterWhenTheClocksGoForward() {
            // 28 March 2027: 02:00 CET becomes 03:00 CEST
            assertThat(saturdayNight.between(local("2027-03-27T20:00", BERLIN), local("2027-03-28T12:00", BERLIN)))
                    .isEqualTo(hours(7));
            assertThat(saturdayNight.plus(local("2027-03-27T22:00", BERLIN), hours(7)))
                    .isEqualTo(local("2027-03-28T06:00", BERLIN))
                    .isEqualTo(Instant.parse("2027-03-28T04:00:00Z"));
        }

        @Test
        void aNightShiftIsAnHourLongerWhenTheClocksGoBack() {
            // 25 October 2026: 03:00 CEST becomes 02:00 CET
            assertThat(saturdayNight.between(local("2026-10-24T20:00", BERLIN), local("2026-10-25T12:00", BERLIN)))
                    .isEqualTo(hours(9));
            assertThat(saturdayNight.plus(local("2026-10-24T22:00", BERLIN), hours(8)))
                    .isEqualTo(Instant.parse("2026-10-25T04:00:00Z"));
        }

        @Test
        void aDayAroundTheClockHasTwentyThreeOrTwentyFiveHours() {
            var always = calendar(BERLIN, aroundTheClock());
            assertThat(always.between(local("2027-03-28T00:00", BERLIN), local("2027-03-29T00:00", BERLIN)))
                    .isEqualTo(hours(23));
            assertThat(always.between(local("2026-10-25T00:00", BERLIN), local("2026-10-26T00:00", BERLIN)))
                    .isEqualTo(hours(25));
            assertThat(always.plus(local("2027-03-27T12:00", BERLIN), hours(24)))
                    .isEqualTo(local("2027-03-28T13:00", BERLIN));
        }

        @Test
        void aShiftStartingInTheSkippedHourStartsWhenTheClocksHaveMovedOn() {
            var early = calendar(BERLIN, List.of(shift(SUNDAY, "02:30", "10:00")));
            assertThat(early.plus(local("2027-03-27T23:00", BERLIN), hours(1)))
                    .isEqualTo(Instant.parse("2027-03-28T02:30:00Z"));
        }

        @Test
        void officeHoursAfterTheChangeAreInTheNewOffset() {
            var office = calendar(BERLIN, weekdays("09:00", "17:00"));
            assertThat(office.plus(local("2027-03-26T16:00", BERLIN), hours(2)))
                    .isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
        }
    }

    @Nested
    class DaylightSavingInNewYork {

        final WeeklyCalendar saturdayNight = calendar(NEW_YORK, List.of(shift(SATURDAY, "22:00", "06:00")));

        @Test
        void aNightShiftIsAnHourShorterWhenTheClocksGoForward() {
            // 14 March 2027: 02:00 EST becomes 03:00 EDT
            assertThat(saturdayNight.between(local("2027-03-13T20:00", NEW_YORK), local("2027-03-14T12:00", NEW_YORK)))
                    .isEqualTo(hours(7));
        }

        @Test
        void aNightShiftIsAnHourLongerWhenTheClocksGoBack() {
            // 1 November 2026: 02:00 EDT becomes 01:00 EST
            assertThat(saturdayNight.between(local("2026-10-31T20:00", NEW_YORK), local("2026-11-01T12:00", NEW_YORK)))
                    .isEqualTo(hours(9));
            assertThat(saturdayNight.plus(local("2026-10-31T22:00", NEW_YORK), hours(9)))
                    .isEqualTo(local("2026-11-01T06:00", NEW_YORK))
                    .isEqualTo(Instant.parse("2026-11-01T11:00:00Z"));
        }

        @Test
        void fridayAfternoonBeforeTheChangeIsDueMondayInWinterTime() {
            var office = calendar(NEW_YORK, weekdays("09:00", "17:00"));
            Instant friday = local("2026-10-30T16:00", NEW_YORK);
            assertThat(friday).isEqualTo(Instant.parse("2026-10-30T20:00:00Z"));
            assertThat(office.plus(friday, hours(2))).isEqualTo(Instant.parse("2026-11-02T15:00:00Z"));
        }
    }

    /** The same office hours, Monday to Friday 09:00 to 18:00, in Tokyo and in Los Angeles. */
    @Nested
    class TeamsInDifferentTimeZones {

        final WeeklyCalendar tokyo = calendar(TOKYO, weekdays("09:00", "18:00"));
        final WeeklyCalendar losAngeles = calendar(LOS_ANGELES, weekdays("09:00", "18:00"));
        final Instant mondayMorningInTokyo = Instant.parse("2026-12-07T01:00:00Z");

        @Test
        void oneIsOpenWhileTheOtherStillHasSunday() {
            assertThat(tokyo.isOpen(mondayMorningInTokyo)).isTrue();
            assertThat(losAngeles.isOpen(mondayMorningInTokyo)).isFalse();
        }

        @Test
        void theSameTargetFallsDueAtDifferentInstants() {
            assertThat(tokyo.plus(mondayMorningInTokyo, hours(1))).isEqualTo(Instant.parse("2026-12-07T02:00:00Z"));
            assertThat(losAngeles.plus(mondayMorningInTokyo, hours(1)))
                    .isEqualTo(Instant.parse("2026-12-07T18:00:00Z"));
        }

        @Test
        void theSameUtcDayHoldsDifferentWorkingTime() {
            Instant from = Instant.parse("2026-12-07T00:00:00Z");
            Instant to = Instant.parse("2026-12-08T00:00:00Z");
            assertThat(tokyo.between(from, to)).isEqualTo(hours(9));
            assertThat(losAngeles.between(from, to)).isEqualTo(hours(7));
        }
    }

    @Nested
    class AroundTheClock {

        @Test
        void isOpenAndNeverClosesInSight() {
            var always = calendar(BERLIN, aroundTheClock());
            var state = always.state(local("2026-12-07T03:00", BERLIN));
            assertThat(state.open()).isTrue();
            assertThat(state.nextClosing()).isNull();
            assertThat(state.nextOpening()).isNull();
        }
    }

    @Nested
    class WithoutAnyWorkingTime {

        final WeeklyCalendar never = calendar(BERLIN, List.of());
        final Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Test
        void isNeverOpenAndMeasuresNothing() {
            assertThat(never.hasWorkingTime()).isFalse();
            assertThat(never.isOpen(now)).isFalse();
            assertThat(never.between(now, now.plus(Duration.ofDays(400)))).isZero();
            assertThat(never.state(now)).isEqualTo(new WeeklyCalendar.OpenState(false, null, null));
        }

        @Test
        void refusesToAddTimeInsteadOfSearchingForever() {
            assertThat(never.plus(now, Duration.ZERO)).isEqualTo(now);
            assertThatThrownBy(() -> never.plus(now, hours(1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no working time");
        }

        @Test
        void givesUpWhenHolidaysCloseEveryWorkingDayForYears() {
            List<LocalDate> sundays = new ArrayList<>();
            for (LocalDate d = LocalDate.of(2026, 12, 6); d.getYear() < 2040; d = d.plusWeeks(1)) {
                sundays.add(d);
            }
            var onlySundays =
                    calendar(BERLIN, List.of(shift(SUNDAY, "10:00", "12:00")), sundays.toArray(LocalDate[]::new));
            assertThatThrownBy(() -> onlySundays.plus(now, hours(1))).isInstanceOf(IllegalStateException.class);
        }
    }
}
