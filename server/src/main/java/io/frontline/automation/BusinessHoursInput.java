package io.frontline.automation;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A business-hours calendar as written by a lead: an IANA time zone, weekly shifts ({@code day} monday to sunday,
 * {@code start} and {@code end} as {@code HH:mm}; an end not after the start ends the next day, {@code 24:00} is
 * midnight), holidays (closed all day in the calendar's zone; {@code yearly} ones recur on the same month and day), the
 * teams that work by it, and whether it is the default for teams without their own.
 */
public record BusinessHoursInput(
        @Size(max = 120) String name,
        @Size(max = 1000) String description,
        String timeZone,
        Boolean defaultCalendar,
        List<Shift> shifts,
        List<Holiday> holidays,
        List<Long> teamIds) {

    /** Working time on a day of the week, for example monday 09:00 to 17:00, or friday 22:00 to 06:00. */
    public record Shift(String day, String start, String end) {}

    /** A date (yyyy-MM-dd) on which the calendar is closed all day. */
    public record Holiday(String date, String name, Boolean yearly) {}
}
