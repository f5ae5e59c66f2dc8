package io.frontline.automation.internal;

import io.frontline.automation.BusinessHoursInput;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.Json;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.type.TypeReference;

/**
 * Reads and checks the shifts and holidays of a business-hours calendar: parses a lead's input into its normal form
 * (lower-case days, {@code HH:mm} times, ISO dates, sorted) with a field error for each problem, and turns a stored
 * calendar into a {@link WeeklyCalendar}.
 */
public final class CalendarRules {

    public static final int MAX_SHIFTS = 70;
    /** Enough for any country's holidays for years ahead, few enough that working time always comes again. */
    public static final int MAX_HOLIDAYS = 300;

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final int WEEK_MINUTES = 7 * WeeklyCalendar.DAY_MINUTES;
    private static final TypeReference<List<BusinessHoursInput.Shift>> SHIFTS = new TypeReference<>() {};
    private static final TypeReference<List<BusinessHoursInput.Holiday>> HOLIDAYS = new TypeReference<>() {};

    private CalendarRules() {}

    /** Whether {@code id} names a time zone of the IANA database (region ids like Europe/Berlin, and UTC). */
    public static boolean knownZone(String id) {
        return id != null && ZoneId.getAvailableZoneIds().contains(id);
    }

    /** The shifts in normal form, sorted by day and start; problems are added for every field that is wrong. */
    public static List<BusinessHoursInput.Shift> shifts(
            List<BusinessHoursInput.Shift> input, List<FieldViolation> problems) {
        if (input == null || input.isEmpty()) {
            problems.add(new FieldViolation("shifts", "a calendar needs working time on at least one day"));
            return List.of();
        }
        if (input.size() > MAX_SHIFTS) {
            problems.add(new FieldViolation("shifts", "at most " + MAX_SHIFTS + " shifts"));
            return List.of();
        }
        List<WeeklyCalendar.Shift> parsed = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            BusinessHoursInput.Shift s = input.get(i);
            String at = "shifts[" + i + "].";
            if (s == null) {
                problems.add(new FieldViolation("shifts[" + i + "]", "is required"));
                continue;
            }
            DayOfWeek day = day(s.day());
            if (day == null) {
                problems.add(new FieldViolation(at + "day", "must be a day of the week, monday to sunday"));
            }
            Integer start = minute(s.start(), false);
            if (start == null) {
                problems.add(new FieldViolation(at + "start", "must be a time from 00:00 to 23:59"));
            }
            Integer end = minute(s.end(), true);
            if (end == null) {
                problems.add(new FieldViolation(at + "end", "must be a time from 00:00 to 24:00"));
            }
            if (start != null && end != null && start.equals(end)) {
                problems.add(new FieldViolation(at + "end", "must differ from the start"));
                continue;
            }
            if (day != null && start != null && end != null) {
                parsed.add(new WeeklyCalendar.Shift(day, start, end));
                indexes.add(i);
            }
        }
        overlaps(parsed, indexes, problems);
        return parsed.stream()
                .sorted((a, b) -> a.day() != b.day()
                        ? a.day().compareTo(b.day())
                        : Integer.compare(a.startMinute(), b.startMinute()))
                .map(CalendarRules::view)
                .toList();
    }

    /** Two shifts overlap when they share a minute of the week; an overnight shift on Sunday runs into Monday. */
    private static void overlaps(
            List<WeeklyCalendar.Shift> shifts, List<Integer> indexes, List<FieldViolation> problems) {
        List<int[]> ranges = new ArrayList<>(); // {from, to, owner}
        for (int i = 0; i < shifts.size(); i++) {
            WeeklyCalendar.Shift s = shifts.get(i);
            int from = s.day().ordinal() * WeeklyCalendar.DAY_MINUTES + s.startMinute();
            int to = from + s.minutes();
            if (to > WEEK_MINUTES) {
                ranges.add(new int[] {from, WEEK_MINUTES, i});
                ranges.add(new int[] {0, to - WEEK_MINUTES, i});
            } else {
                ranges.add(new int[] {from, to, i});
            }
        }
        Set<Integer> reported = new HashSet<>();
        for (int a = 0; a < ranges.size(); a++) {
            for (int b = a + 1; b < ranges.size(); b++) {
                int[] x = ranges.get(a);
                int[] y = ranges.get(b);
                if (x[2] != y[2] && x[0] < y[1] && y[0] < x[1]) {
                    int later = Math.max(x[2], y[2]);
                    int earlier = Math.min(x[2], y[2]);
                    if (reported.add(later)) {
                        problems.add(new FieldViolation(
                                "shifts[" + indexes.get(later) + "]",
                                "overlaps " + describe(view(shifts.get(earlier)))));
                    }
                }
            }
        }
    }

    /** The holidays in normal form, sorted by date. */
    public static List<BusinessHoursInput.Holiday> holidays(
            List<BusinessHoursInput.Holiday> input, List<FieldViolation> problems) {
        if (input == null || input.isEmpty()) {
            return List.of();
        }
        if (input.size() > MAX_HOLIDAYS) {
            problems.add(new FieldViolation("holidays", "at most " + MAX_HOLIDAYS + " holidays"));
            return List.of();
        }
        List<BusinessHoursInput.Holiday> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            BusinessHoursInput.Holiday h = input.get(i);
            String at = "holidays[" + i + "].";
            if (h == null) {
                problems.add(new FieldViolation("holidays[" + i + "]", "is required"));
                continue;
            }
            LocalDate date = date(h.date());
            if (date == null) {
                problems.add(new FieldViolation(at + "date", "must be a date like 2026-12-25"));
            }
            String name = h.name() == null ? "" : h.name().strip();
            boolean named = !name.isEmpty() && name.length() <= 120;
            if (!named) {
                problems.add(new FieldViolation(at + "name", "is required, at most 120 characters"));
            }
            boolean yearly = Boolean.TRUE.equals(h.yearly());
            if (date != null) {
                String key = yearly ? MonthDay.from(date).toString() : date.toString();
                if (!seen.add(key)) {
                    problems.add(new FieldViolation(at + "date", "is listed twice"));
                    continue;
                }
                if (named) {
                    out.add(new BusinessHoursInput.Holiday(date.toString(), name, yearly));
                }
            }
        }
        return out.stream().sorted((a, b) -> a.date().compareTo(b.date())).toList();
    }

    /** The arithmetic of a stored calendar. */
    public static WeeklyCalendar calendar(WorkCalendar stored) {
        List<WeeklyCalendar.Shift> shifts = new ArrayList<>();
        for (BusinessHoursInput.Shift s : storedShifts(stored)) {
            shifts.add(new WeeklyCalendar.Shift(day(s.day()), minute(s.start(), false), minute(s.end(), true)));
        }
        List<LocalDate> once = new ArrayList<>();
        List<MonthDay> yearly = new ArrayList<>();
        for (BusinessHoursInput.Holiday h : storedHolidays(stored)) {
            LocalDate date = LocalDate.parse(h.date());
            if (Boolean.TRUE.equals(h.yearly())) {
                yearly.add(MonthDay.from(date));
            } else {
                once.add(date);
            }
        }
        return new WeeklyCalendar(ZoneId.of(stored.getTimeZone()), shifts, once, yearly);
    }

    public static List<BusinessHoursInput.Shift> storedShifts(WorkCalendar stored) {
        return Json.read(stored.getShifts(), SHIFTS);
    }

    public static List<BusinessHoursInput.Holiday> storedHolidays(WorkCalendar stored) {
        return Json.read(stored.getHolidays(), HOLIDAYS);
    }

    /** {@code monday 09:00-17:00}. */
    public static String describe(BusinessHoursInput.Shift s) {
        return s.day() + " " + s.start() + "-" + s.end();
    }

    static DayOfWeek day(String value) {
        if (value == null) {
            return null;
        }
        try {
            return DayOfWeek.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Minutes after midnight of {@code HH:mm}; {@code 24:00} only as an end. */
    static Integer minute(String value, boolean end) {
        if (value == null) {
            return null;
        }
        Matcher m = TIME.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        if (min > 59 || h > 24 || (h == 24 && (min > 0 || !end))) {
            return null;
        }
        return h * 60 + min;
    }

    static String time(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }

    private static BusinessHoursInput.Shift view(WeeklyCalendar.Shift s) {
        return new BusinessHoursInput.Shift(
                s.day().name().toLowerCase(Locale.ROOT), time(s.startMinute()), time(s.endMinute()));
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
