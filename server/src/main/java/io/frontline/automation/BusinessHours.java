package io.frontline.automation;

import io.frontline.automation.internal.CalendarBook;
import io.frontline.automation.internal.CalendarRules;
import io.frontline.automation.internal.WeeklyCalendar;
import io.frontline.automation.internal.WorkCalendar;
import io.frontline.automation.internal.WorkCalendarRepository;
import io.frontline.identity.Directory;
import io.frontline.kernel.Actor;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.Json;
import io.frontline.kernel.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Business-hours calendars (versioned, with rollback): when each team is at work. A team works by the calendar it is
 * assigned to, else by the default calendar, else around the clock. SLA targets in business hours, the
 * {@code business_hours}, {@code weekday} and {@code hour_of_day} conditions and follow-up reminders read the
 * calendars through {@link BusinessCalendars}, which picks up a change once it commits.
 */
@Service
public class BusinessHours {

    static final String KIND = "business_calendar";

    private final WorkCalendarRepository calendars;
    private final CalendarBook book;
    private final RuleHistory history;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final Clock clock;

    BusinessHours(
            WorkCalendarRepository calendars,
            CalendarBook book,
            RuleHistory history,
            Directory directory,
            JdbcClient jdbc,
            Clock clock) {
        this.calendars = calendars;
        this.book = book;
        this.history = history;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** By name. */
    @Transactional(readOnly = true)
    public List<BusinessHoursView> list() {
        Map<Long, List<Long>> teams = assignments();
        return calendars.findAllByOrderByNameAscIdAsc().stream()
                .map(c -> view(c, teams.getOrDefault(c.getId(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public BusinessHoursView get(long id) {
        WorkCalendar c = load(id);
        return view(c, teamsOf(id));
    }

    @Transactional
    public BusinessHoursView create(BusinessHoursInput input, Actor actor) {
        Valid valid = validate(input, null);
        WorkCalendar calendar = new WorkCalendar(clock.instant());
        apply(calendar, valid, actor);
        calendars.saveAndFlush(calendar);
        assign(calendar.getId(), valid.teamIds());
        history.record(KIND, calendar.getId(), "created", snapshot(calendar, valid.teamIds()), actor);
        book.changed();
        return view(calendar, valid.teamIds());
    }

    @Transactional
    public BusinessHoursView update(long id, BusinessHoursInput input, Actor actor) {
        WorkCalendar calendar = load(id);
        Valid valid = validate(input, id);
        apply(calendar, valid, actor);
        calendars.saveAndFlush(calendar);
        assign(id, valid.teamIds());
        history.record(KIND, id, "updated", snapshot(calendar, valid.teamIds()), actor);
        book.changed();
        return view(calendar, valid.teamIds());
    }

    /** Deletes a calendar; its teams fall back to the default calendar (or to around the clock). */
    @Transactional
    public void delete(long id, Actor actor) {
        WorkCalendar calendar = load(id);
        history.record(KIND, id, "deleted", snapshot(calendar, teamsOf(id)), actor);
        jdbc.sql("delete from business_calendar_team where calendar_id = ?")
                .param(id)
                .update();
        calendars.delete(calendar);
        book.changed();
    }

    @Transactional(readOnly = true)
    public List<RuleHistory.Version> versions(long id) {
        return history.list(KIND, id);
    }

    /**
     * Saves an old version again as a new one. Its teams must still exist and be free: a team that has moved to another
     * calendar since is a field error, like in an update.
     */
    @Transactional
    public BusinessHoursView rollback(long id, int number, Actor actor) {
        WorkCalendar calendar = load(id);
        Map<String, Object> old = history.get(KIND, id, number).snapshot();
        BusinessHoursInput input = Json.read(Json.write(old), new TypeReference<BusinessHoursInput>() {});
        Valid valid = validate(input, id);
        apply(calendar, valid, actor);
        calendars.saveAndFlush(calendar);
        assign(id, valid.teamIds());
        history.record(KIND, id, "rolled_back", snapshot(calendar, valid.teamIds()), actor);
        book.changed();
        return view(calendar, valid.teamIds());
    }

    private record Valid(
            String name,
            String description,
            String timeZone,
            boolean defaultCalendar,
            List<BusinessHoursInput.Shift> shifts,
            List<BusinessHoursInput.Holiday> holidays,
            List<Long> teamIds) {}

    private Valid validate(BusinessHoursInput input, Long self) {
        List<FieldViolation> problems = new ArrayList<>();
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            problems.add(new FieldViolation("name", "is required"));
        }
        String zone = input.timeZone() == null ? null : input.timeZone().strip();
        if (zone == null || zone.isEmpty()) {
            problems.add(new FieldViolation("timeZone", "is required"));
        } else if (!CalendarRules.knownZone(zone)) {
            problems.add(new FieldViolation("timeZone", "is not a time zone of the IANA database, like Europe/Berlin"));
        }
        List<BusinessHoursInput.Shift> shifts = CalendarRules.shifts(input.shifts(), problems);
        List<BusinessHoursInput.Holiday> holidays = CalendarRules.holidays(input.holidays(), problems);
        List<Long> teamIds = teams(input.teamIds(), self, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Valid(
                name,
                input.description() == null || input.description().isBlank()
                        ? null
                        : input.description().strip(),
                zone,
                Boolean.TRUE.equals(input.defaultCalendar()),
                shifts,
                holidays,
                teamIds);
    }

    private List<Long> teams(List<Long> ids, Long self, List<FieldViolation> problems) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Set<Long> unique = new LinkedHashSet<>();
        Map<Long, Long> taken = new LinkedHashMap<>();
        jdbc.sql("select team_id, calendar_id from business_calendar_team")
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .forEach(e -> taken.put(e.getKey(), e.getValue()));
        for (int i = 0; i < ids.size(); i++) {
            Long team = ids.get(i);
            String field = "teamIds[" + i + "]";
            if (team == null || directory.team(team).isEmpty()) {
                problems.add(new FieldViolation(field, "no such team"));
                continue;
            }
            Long other = taken.get(team);
            if (other != null && !other.equals(self)) {
                String otherName =
                        calendars.findById(other).map(WorkCalendar::getName).orElse("#" + other);
                problems.add(new FieldViolation(
                        field, "the team already works by the calendar \"" + otherName + "\"; remove it there first"));
                continue;
            }
            unique.add(team);
        }
        return List.copyOf(unique);
    }

    private void apply(WorkCalendar calendar, Valid valid, Actor actor) {
        if (valid.defaultCalendar()) {
            for (WorkCalendar other : calendars.findByDefaultCalendarTrue()) {
                if (!Objects.equals(other.getId(), calendar.getId())) {
                    other.notDefault(clock.instant());
                    calendars.saveAndFlush(other);
                    history.record(KIND, other.getId(), "updated", snapshot(other, teamsOf(other.getId())), actor);
                }
            }
        }
        calendar.change(
                valid.name(),
                valid.description(),
                valid.timeZone(),
                valid.defaultCalendar(),
                Json.write(valid.shifts()),
                Json.write(valid.holidays()),
                clock.instant());
    }

    private void assign(long calendarId, List<Long> teamIds) {
        jdbc.sql("delete from business_calendar_team where calendar_id = ?")
                .param(calendarId)
                .update();
        for (Long team : teamIds) {
            jdbc.sql("insert into business_calendar_team (team_id, calendar_id) values (?, ?)")
                    .params(team, calendarId)
                    .update();
        }
    }

    private List<Long> teamsOf(long calendarId) {
        return jdbc.sql("select team_id from business_calendar_team where calendar_id = ? order by team_id")
                .param(calendarId)
                .query(Long.class)
                .list();
    }

    private Map<Long, List<Long>> assignments() {
        Map<Long, List<Long>> all = new LinkedHashMap<>();
        jdbc.sql("select calendar_id, team_id from business_calendar_team order by team_id")
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .forEach(e ->
                        all.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return all;
    }

    private WorkCalendar load(long id) {
        return calendars.findById(id).orElseThrow(() -> new NotFoundException("Business-hours calendar", id));
    }

    private static Map<String, Object> snapshot(WorkCalendar c, List<Long> teamIds) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", c.getName());
        s.put("description", c.getDescription());
        s.put("timeZone", c.getTimeZone());
        s.put("defaultCalendar", c.isDefaultCalendar());
        s.put("shifts", CalendarRules.storedShifts(c));
        s.put("holidays", CalendarRules.storedHolidays(c));
        s.put("teamIds", teamIds);
        return s;
    }

    private BusinessHoursView view(WorkCalendar c, List<Long> teamIds) {
        WeeklyCalendar.OpenState state = CalendarRules.calendar(c).state(clock.instant());
        return new BusinessHoursView(
                c.getId(),
                c.getName(),
                c.getDescription(),
                c.getTimeZone(),
                c.isDefaultCalendar(),
                CalendarRules.storedShifts(c),
                CalendarRules.storedHolidays(c),
                List.copyOf(teamIds),
                new BusinessHoursView.OpenNow(state.open(), state.nextOpening(), state.nextClosing()),
                c.getCreatedAt(),
                c.getUpdatedAt(),
                c.getVersion());
    }
}
