package io.frontline.automation.internal;

import io.frontline.automation.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Working time from weekly shifts and holidays, in one time zone. Everything is computed day by day on the local dates
 * of the zone: a local date's working time is its own shifts plus the part after midnight of the previous day's
 * overnight shifts, unless the date is a holiday (closed all day). Local times become instants with {@link ZoneId}'s
 * rules, so a day of a daylight-saving change is as long as it really is: a shift across the spring-forward hour is an
 * hour shorter, one across the fall-back hour an hour longer, and a shift starting in the skipped hour starts when the
 * clocks have moved on.
 */
public final class WeeklyCalendar implements BusinessCalendar {

    /** Days without any working time after which the search for working time gives up (about ten years). */
    static final int HORIZON_DAYS = 3660;

    static final int DAY_MINUTES = 24 * 60;

    /**
     * A working interval starting on {@code day} at {@code startMinute} (minutes after midnight) and ending at
     * {@code endMinute} of the same day, or of the next day when it is not after the start (an overnight shift);
     * {@code endMinute} 1440 is midnight at the end of the day.
     */
    public record Shift(DayOfWeek day, int startMinute, int endMinute) {

        public Shift {
            if (startMinute < 0 || startMinute >= DAY_MINUTES || endMinute < 0 || endMinute > DAY_MINUTES) {
                throw new IllegalArgumentException("minutes out of range: " + startMinute + "-" + endMinute);
            }
        }

        public boolean overnight() {
            return endMinute <= startMinute;
        }

        /** Length in minutes of the local clock (daylight-saving changes aside). */
        public int minutes() {
            return overnight() ? DAY_MINUTES - startMinute + endMinute : endMinute - startMinute;
        }
    }

    private final ZoneId zone;
    private final Set<LocalDate> holidays;
    private final Set<MonthDay> yearlyHolidays;
    /** Per day of week (index 0 = Monday): merged {from, to} minute ranges of that day, sorted. */
    private final int[][][] ranges = new int[7][][];

    private final boolean hasWorkingTime;

    public WeeklyCalendar(
            ZoneId zone, Collection<Shift> shifts, Collection<LocalDate> holidays, Collection<MonthDay> yearly) {
        this.zone = zone;
        this.holidays = Set.copyOf(holidays);
        this.yearlyHolidays = Set.copyOf(yearly);
        List<List<int[]>> perDay = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            perDay.add(new ArrayList<>());
        }
        for (Shift s : shifts) {
            int day = s.day().ordinal();
            if (s.overnight()) {
                perDay.get(day).add(new int[] {s.startMinute(), DAY_MINUTES});
                if (s.endMinute() > 0) {
                    perDay.get((day + 1) % 7).add(new int[] {0, s.endMinute()});
                }
            } else {
                perDay.get(day).add(new int[] {s.startMinute(), s.endMinute()});
            }
        }
        boolean any = false;
        for (int i = 0; i < 7; i++) {
            ranges[i] = merge(perDay.get(i));
            any |= ranges[i].length > 0;
        }
        this.hasWorkingTime = any;
    }

    private static int[][] merge(List<int[]> list) {
        list.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : list) {
            int[] last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        return merged.toArray(int[][]::new);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    /** Whether the calendar has any working time in its week at all. */
    public boolean hasWorkingTime() {
        return hasWorkingTime;
    }

    /** Whether {@code date} is a holiday (a one-off date or a yearly one). */
    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date) || yearlyHolidays.contains(MonthDay.from(date));
    }

    @Override
    public boolean isOpen(Instant at) {
        for (Segment s : segments(date(at))) {
            if (!s.from().isAfter(at) && s.to().isAfter(at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks the working segments from {@code start} on, day by day. Zero or negative business time answers
     * {@code start} itself; time that runs out exactly at a closing answers the closing.
     *
     * @throws IllegalStateException when the calendar has no working time (or none within about ten years), since no
     *     amount of business time could ever pass
     */
    @Override
    public Instant plus(Instant start, Duration businessTime) {
        if (!businessTime.isPositive()) {
            return start;
        }
        Duration left = businessTime;
        Instant cursor = start;
        while (true) {
            Segment s = segmentEndingAfter(cursor);
            if (s == null) {
                throw new IllegalStateException("the calendar has no working time after " + cursor);
            }
            Instant from = s.from().isAfter(cursor) ? s.from() : cursor;
            Duration available = Duration.between(from, s.to());
            if (available.compareTo(left) >= 0) {
                return from.plus(left);
            }
            left = left.minus(available);
            cursor = s.to();
        }
    }

    @Override
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from) || !hasWorkingTime) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = date(to);
        for (LocalDate day = date(from); !day.isAfter(last); day = day.plusDays(1)) {
            for (Segment s : segments(day)) {
                Instant a = s.from().isAfter(from) ? s.from() : from;
                Instant b = s.to().isBefore(to) ? s.to() : to;
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    /**
     * Whether the calendar is open at {@code now}, and when it next opens and closes. Shifts that touch (an overnight
     * shift continuing after midnight, a day open until 24:00 followed by one open from 00:00) count as one opening. A
     * time that does not come within the search horizon is null: a calendar open around the clock never closes.
     */
    public OpenState state(Instant now) {
        Segment s = segmentEndingAfter(now);
        if (s == null) {
            return new OpenState(false, null, null);
        }
        if (s.from().isAfter(now)) {
            return new OpenState(false, s.from(), runEnd(s));
        }
        Instant closes = runEnd(s);
        Segment after = closes == null ? null : segmentEndingAfter(closes);
        return new OpenState(true, after == null ? null : after.from(), closes);
    }

    /** Open or closed now, with the next opening and the next closing (null when not foreseeable). */
    public record OpenState(boolean open, Instant nextOpening, Instant nextClosing) {}

    private Instant runEnd(Segment first) {
        Instant end = first.to();
        for (int i = 0; i < 400; i++) {
            Segment next = segmentEndingAfter(end);
            if (next == null || !next.from().equals(end)) {
                return end;
            }
            end = next.to();
        }
        return null;
    }

    /** The first working segment that ends after {@code at} (it may have begun before), or null if none comes. */
    private Segment segmentEndingAfter(Instant at) {
        if (!hasWorkingTime) {
            return null;
        }
        LocalDate day = date(at);
        int empty = 0;
        while (empty < HORIZON_DAYS) {
            List<Segment> segments = segments(day);
            if (segments.isEmpty()) {
                empty++;
            } else {
                empty = 0;
                for (Segment s : segments) {
                    if (s.to().isAfter(at)) {
                        return s;
                    }
                }
            }
            day = day.plusDays(1);
        }
        return null;
    }

    private record Segment(Instant from, Instant to) {}

    /** The working time of one local date, in order. */
    private List<Segment> segments(LocalDate day) {
        if (isHoliday(day)) {
            return List.of();
        }
        int[][] local = ranges[day.getDayOfWeek().ordinal()];
        if (local.length == 0) {
            return List.of();
        }
        List<Segment> out = new ArrayList<>(local.length);
        for (int[] r : local) {
            Instant from = instant(day, r[0]);
            Instant to = instant(day, r[1]);
            if (to.isAfter(from)) {
                out.add(new Segment(from, to));
            }
        }
        return out;
    }

    private Instant instant(LocalDate day, int minute) {
        if (minute == 0) {
            return day.atStartOfDay(zone).toInstant();
        }
        if (minute == DAY_MINUTES) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return day.atTime(minute / 60, minute % 60).atZone(zone).toInstant();
    }

    private LocalDate date(Instant at) {
        return at.atZone(zone).toLocalDate();
    }
}
