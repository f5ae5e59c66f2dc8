package io.frontline.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.automation.BusinessHoursInput.Holiday;
import io.frontline.automation.BusinessHoursInput.Shift;
import io.frontline.kernel.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CalendarRulesTest {

    final List<FieldViolation> problems = new ArrayList<>();

    List<String> fields() {
        return problems.stream().map(FieldViolation::field).toList();
    }

    @Nested
    class Shifts {

        @Test
        void areKeptInNormalFormSortedByDayAndStart() {
            List<Shift> normal = CalendarRules.shifts(
                    List.of(
                            new Shift("Friday", "9:00", "17:00"),
                            new Shift("MONDAY", " 13:30", "24:00"),
                            new Shift("monday", "08:00", "12:00")),
                    problems);
            assertThat(problems).isEmpty();
            assertThat(normal)
                    .containsExactly(
                            new Shift("monday", "08:00", "12:00"),
                            new Shift("monday", "13:30", "24:00"),
                            new Shift("friday", "09:00", "17:00"));
        }

        @Test
        void mayTouchWithoutOverlapping() {
            CalendarRules.shifts(
                    List.of(
                            new Shift("monday", "09:00", "12:00"),
                            new Shift("monday", "12:00", "17:00"),
                            new Shift("friday", "22:00", "06:00"),
                            new Shift("saturday", "06:00", "10:00"),
                            new Shift("sunday", "22:00", "00:00")),
                    problems);
            assertThat(problems).isEmpty();
        }

        @Test
        void mayNotOverlapOnOneDayOrAcrossMidnightOrAcrossTheEndOfTheWeek() {
            CalendarRules.shifts(
                    List.of(
                            new Shift("monday", "09:00", "17:00"),
                            new Shift("monday", "16:59", "18:00"),
                            new Shift("friday", "22:00", "06:00"),
                            new Shift("saturday", "05:00", "07:00"),
                            new Shift("sunday", "23:00", "09:30")),
                    problems);
            assertThat(fields()).containsExactlyInAnyOrder("shifts[1]", "shifts[3]", "shifts[4]");
            assertThat(problems.getFirst().message()).isEqualTo("overlaps monday 09:00-17:00");
        }

        @Test
        void needBothTimesRightAndDifferent() {
            CalendarRules.shifts(
                    List.of(
                            new Shift("someday", "09:00", "17:00"),
                            new Shift("monday", "24:00", "17:00"),
                            new Shift("monday", "09:60", "17:00"),
                            new Shift("monday", "09:00", "24:01"),
                            new Shift("monday", "09:00", "09:00"),
                            new Shift("monday", null, "17:00")),
                    problems);
            assertThat(fields())
                    .containsExactly(
                            "shifts[0].day",
                            "shifts[1].start",
                            "shifts[2].start",
                            "shifts[3].end",
                            "shifts[4].end",
                            "shifts[5].start");
        }

        @Test
        void mustGiveTheWeekSomeWorkingTime() {
            CalendarRules.shifts(List.of(), problems);
            assertThat(fields()).containsExactly("shifts");
        }
    }

    @Nested
    class Holidays {

        @Test
        void needADateAndANameAndComeOncePerDate() {
            List<Holiday> normal = CalendarRules.holidays(
                    List.of(
                            new Holiday("2026-12-26", "Boxing Day", null),
                            new Holiday("2026-12-25", " Christmas Day ", true),
                            new Holiday("2027-12-25", "Christmas again", true),
                            new Holiday("25.12.2026", "Weihnachten", false),
                            new Holiday("2026-12-31", "", false)),
                    problems);
            assertThat(fields()).containsExactly("holidays[2].date", "holidays[3].date", "holidays[4].name");
            assertThat(normal)
                    .containsExactly(
                            new Holiday("2026-12-25", "Christmas Day", true),
                            new Holiday("2026-12-26", "Boxing Day", false));
        }
    }

    @Test
    void knowsTheZonesOfTheIanaDatabaseOnly() {
        assertThat(CalendarRules.knownZone("Europe/Berlin")).isTrue();
        assertThat(CalendarRules.knownZone("UTC")).isTrue();
        assertThat(CalendarRules.knownZone("Mars/Olympus_Mons")).isFalse();
        assertThat(CalendarRules.knownZone("+02:00")).isFalse();
    }
}
