package io.frontline.automation;

import io.frontline.kernel.Actor;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import io.frontline.notifications.NewNotification;
import io.frontline.notifications.NotificationKind;
import io.frontline.notifications.Notifications;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follow-up reminders ("remind me"): an agent asks to be reminded of a ticket at a time or after a delay, in calendar
 * or business hours of the ticket's team. A due reminder fires exactly once — it is claimed by moving it from pending
 * to fired in the same transaction that notifies the agent and writes the ticket's history row. Reminders are private:
 * an agent sees and cancels only their own.
 */
@Service
public class FollowUps {

    static final Duration LONGEST = Duration.ofDays(366);

    private final JdbcClient jdbc;
    private final Tickets tickets;
    private final BusinessCalendars calendars;
    private final Notifications notifications;
    private final TransactionTemplate tx;
    private final Clock clock;

    FollowUps(
            JdbcClient jdbc,
            Tickets tickets,
            BusinessCalendars calendars,
            Notifications notifications,
            TransactionTemplate tx,
            Clock clock) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.calendars = calendars;
        this.notifications = notifications;
        this.tx = tx;
        this.clock = clock;
    }

    /** Sets a reminder on a ticket for the agent {@code actor}. */
    @Transactional
    public FollowUpView create(long ticketId, FollowUpInput input, Actor actor) {
        TicketView ticket = tickets.get(ticketId);
        Instant now = now();
        Instant due = due(input, now, calendars.forTeam(ticket.teamId()));
        String note = input.note() == null || input.note().isBlank()
                ? null
                : input.note().strip();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into follow_up (ticket_id, agent_id, due_at, note, state, created_at)"
                        + " values (?, ?, ?, ?, 'PENDING', ?)")
                .params(ticketId, actor.id(), Timestamp.from(due), note, Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeys() == null || keys.getKeys().isEmpty()
                ? keys.getKey().longValue()
                : ((Number) keys.getKeys().values().iterator().next()).longValue();
        tickets.recordChannelEvent(ticketId, "follow_up_set", "dueAt", due.toString(), actor);
        return new FollowUpView(id, ticketId, ticket.subject(), actor.id(), due, note, "pending", now, null);
    }

    /**
     * When a reminder is due: exactly one of {@code dueAt} (in the future) or {@code delay} (positive, at most a year),
     * the delay counted in the calendar's working time when {@code businessHours}.
     */
    static Instant due(FollowUpInput input, Instant now, BusinessCalendar calendar) {
        List<FieldViolation> problems = new ArrayList<>();
        Instant due = null;
        if ((input.dueAt() == null) == (input.delay() == null)) {
            problems.add(new FieldViolation("dueAt", "give either dueAt or delay"));
        } else if (input.dueAt() != null) {
            if (!input.dueAt().isAfter(now)) {
                problems.add(new FieldViolation("dueAt", "must be in the future"));
            } else if (input.dueAt().isAfter(now.plus(LONGEST))) {
                problems.add(new FieldViolation("dueAt", "must be within a year"));
            }
            due = input.dueAt();
        } else if (input.delay().isNegative() || input.delay().isZero()) {
            problems.add(new FieldViolation("delay", "must be positive"));
        } else if (input.delay().compareTo(LONGEST) > 0) {
            problems.add(new FieldViolation("delay", "must be at most a year"));
        } else {
            due = Boolean.TRUE.equals(input.businessHours())
                    ? calendar.plus(now, input.delay())
                    : now.plus(input.delay());
        }
        if (input.note() != null && input.note().length() > 1000) {
            problems.add(new FieldViolation("note", "must be at most 1000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return due.truncatedTo(ChronoUnit.MICROS);
    }

    /** The next {@code at} o'clock after {@code now} in {@code zone} on the following day ("tomorrow 9:00"). */
    public static Instant tomorrowAt(Instant now, ZoneId zone, LocalTime at) {
        return now.atZone(zone)
                .toLocalDate()
                .plusDays(1)
                .atTime(at)
                .atZone(zone)
                .toInstant();
    }

    /** The zone "tomorrow 9:00" is meant in: the working-time calendar's of the ticket's team. */
    @Transactional(readOnly = true)
    public ZoneId zoneOf(long ticketId) {
        return calendars.forTeam(tickets.get(ticketId).teamId()).zone();
    }

    /** The agent's reminders on a ticket, soonest first (pending ones, then the rest). */
    @Transactional(readOnly = true)
    public List<FollowUpView> onTicket(long ticketId, long agentId) {
        tickets.get(ticketId);
        return jdbc
                .sql(SELECT + " where f.ticket_id = ? and f.agent_id = ? order by f.due_at, f.id")
                .params(ticketId, agentId)
                .query(FollowUps::view)
                .list()
                .stream()
                .map(this::withSubject)
                .toList();
    }

    /** The agent's reminders on every ticket: pending ones soonest first, or also the fired ones of the last week. */
    @Transactional(readOnly = true)
    public List<FollowUpView> mine(long agentId, boolean pendingOnly) {
        String where = pendingOnly
                ? " where f.agent_id = ? and f.state = 'PENDING'"
                : " where f.agent_id = ? and (f.state = 'PENDING' or f.fired_at >= ?)";
        var query = jdbc.sql(SELECT + where + " order by f.due_at, f.id fetch first 200 rows only");
        query = pendingOnly
                ? query.param(agentId)
                : query.params(agentId, Timestamp.from(now().minus(Duration.ofDays(7))));
        List<FollowUpView> found = query.query(FollowUps::view).list();
        Map<Long, String> subjects = found.stream()
                .map(FollowUpView::ticketId)
                .distinct()
                .collect(Collectors.toMap(id -> id, this::subject));
        return found.stream()
                .map(f -> new FollowUpView(
                        f.id(),
                        f.ticketId(),
                        subjects.get(f.ticketId()),
                        f.agentId(),
                        f.dueAt(),
                        f.note(),
                        f.state(),
                        f.createdAt(),
                        f.firedAt()))
                .toList();
    }

    /** Cancels one of the agent's pending reminders; anyone else's is as unknown as a missing one. */
    @Transactional
    public void cancel(long ticketId, long followUpId, Actor actor) {
        int changed = jdbc.sql(
                        "update follow_up set state = 'CANCELLED' where id = ? and ticket_id = ? and agent_id = ?"
                                + " and state = 'PENDING'")
                .params(followUpId, ticketId, actor.id())
                .update();
        if (changed == 0) {
            throw new NotFoundException("Pending reminder", followUpId);
        }
        tickets.recordChannelEvent(ticketId, "follow_up_cancelled", "followUp", String.valueOf(followUpId), actor);
    }

    /**
     * Fires the reminders due at {@code now}, each in its own transaction and exactly once: the claim (pending to
     * fired) fails for a reminder another node or an earlier run already fired. Returns how many fired.
     */
    public int fireDue(Instant now) {
        List<Long> due = jdbc.sql("select id from follow_up where state = 'PENDING' and due_at <= ?"
                        + " order by due_at, id fetch first 500 rows only")
                .param(Timestamp.from(now))
                .query(Long.class)
                .list();
        int fired = 0;
        for (long id : due) {
            Boolean done = tx.execute(s -> fire(id, now));
            if (Boolean.TRUE.equals(done)) {
                fired++;
            }
        }
        return fired;
    }

    private boolean fire(long id, Instant now) {
        int claimed = jdbc.sql("update follow_up set state = 'FIRED', fired_at = ? where id = ? and state = 'PENDING'")
                .params(Timestamp.from(now()), id)
                .update();
        if (claimed == 0) {
            return false;
        }
        FollowUpView f = jdbc.sql(SELECT + " where f.id = ?")
                .param(id)
                .query(FollowUps::view)
                .single();
        String subject = subject(f.ticketId());
        String text = f.note() == null ? "Reminder: follow up on this ticket." : "Reminder: " + f.note();
        notifications.post(
                List.of(f.agentId()),
                new NewNotification(0, NotificationKind.FOLLOW_UP, f.ticketId(), subject, text, "Reminder"));
        if (subject != null) {
            tickets.recordChannelEvent(
                    f.ticketId(),
                    "follow_up_due",
                    "followUp",
                    f.note() == null ? "reminder" : f.note(),
                    new Actor(Actor.Type.SYSTEM, null, "Reminder"));
        }
        return true;
    }

    private String subject(long ticketId) {
        try {
            return tickets.get(ticketId).subject();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private FollowUpView withSubject(FollowUpView f) {
        return new FollowUpView(
                f.id(),
                f.ticketId(),
                subject(f.ticketId()),
                f.agentId(),
                f.dueAt(),
                f.note(),
                f.state(),
                f.createdAt(),
                f.firedAt());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static final String SELECT =
            "select f.id, f.ticket_id, f.agent_id, f.due_at, f.note, f.state, f.created_at, f.fired_at from follow_up f";

    private static FollowUpView view(ResultSet rs, int row) throws SQLException {
        Timestamp fired = rs.getTimestamp(8);
        return new FollowUpView(
                rs.getLong(1),
                rs.getLong(2),
                null,
                rs.getLong(3),
                rs.getTimestamp(4).toInstant(),
                rs.getString(5),
                rs.getString(6).toLowerCase(java.util.Locale.ROOT),
                rs.getTimestamp(7).toInstant(),
                fired == null ? null : fired.toInstant());
    }
}
