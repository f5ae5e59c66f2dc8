package io.frontline.automation.internal;

import io.frontline.automation.BusinessCalendar;
import io.frontline.automation.BusinessCalendars;
import io.frontline.kernel.AfterCommit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The business-hours calendars of all teams, parsed once and kept in memory: SLA clocks, conditions and reminders ask
 * for a team's calendar on every ticket change, so that must not cost a query. Reloaded after a change to a calendar
 * commits, and every minute on every node (so that a node sees another node's changes).
 */
@Component
public class CalendarBook implements BusinessCalendars {

    record Snapshot(Map<Long, WeeklyCalendar> byTeam, BusinessCalendar fallback) {}

    private static final Logger log = LoggerFactory.getLogger(CalendarBook.class);

    private final WorkCalendarRepository calendars;
    private final JdbcClient jdbc;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    CalendarBook(WorkCalendarRepository calendars, JdbcClient jdbc) {
        this.calendars = calendars;
        this.jdbc = jdbc;
    }

    @Override
    public BusinessCalendar forTeam(Long teamId) {
        Snapshot s = current();
        if (teamId != null) {
            WeeklyCalendar own = s.byTeam().get(teamId);
            if (own != null) {
                return own;
            }
        }
        return s.fallback();
    }

    /** Reloads once the current transaction commits (at once outside a transaction). */
    public void changed() {
        AfterCommit.run(this::reload);
    }

    /** Drops the cache so the next use reads the database again. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    public void reload() {
        generation.incrementAndGet();
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            long seen = generation.get();
            s = load();
            // a reload while this one read would otherwise be overwritten with what it read before the change
            if (generation.get() == seen) {
                snapshot = s;
            }
        }
        return s;
    }

    private Snapshot load() {
        Map<Long, WeeklyCalendar> byId = new HashMap<>();
        BusinessCalendar fallback = BusinessCalendar.ALWAYS;
        for (WorkCalendar c : calendars.findAllByOrderByNameAscIdAsc()) {
            WeeklyCalendar weekly;
            try {
                weekly = CalendarRules.calendar(c);
            } catch (RuntimeException e) {
                // e.g. a zone id a newer time-zone database dropped: its teams fall back rather than every change
                // failing
                log.warn("Business-hours calendar {} cannot be read and is ignored: {}", c.getId(), e.toString());
                continue;
            }
            byId.put(c.getId(), weekly);
            if (c.isDefaultCalendar() && weekly.hasWorkingTime()) {
                fallback = weekly;
            }
        }
        Map<Long, WeeklyCalendar> byTeam = new HashMap<>();
        List<long[]> assignments = jdbc.sql("select team_id, calendar_id from business_calendar_team")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        for (long[] a : assignments) {
            WeeklyCalendar weekly = byId.get(a[1]);
            if (weekly != null && weekly.hasWorkingTime()) {
                byTeam.put(a[0], weekly);
            }
        }
        return new Snapshot(Map.copyOf(byTeam), fallback);
    }
}
