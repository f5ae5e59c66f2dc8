package io.frontline.automation;

import io.frontline.automation.internal.Recipients;
import io.frontline.identity.AgentRef;
import io.frontline.identity.Directory;
import io.frontline.identity.IdentityAdmin;
import io.frontline.identity.TeamKind;
import io.frontline.identity.TeamRef;
import io.frontline.identity.TeamView;
import io.frontline.kernel.Actor;
import io.frontline.kernel.ConflictException;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.notifications.NewNotification;
import io.frontline.notifications.NotificationKind;
import io.frontline.notifications.Notifications;
import io.frontline.tickets.NewMessage;
import io.frontline.tickets.TicketChanges;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import io.frontline.tickets.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalation: a ticket moves up one level (0 to 2, worked by agents of tier 1 to 3) and, when one is named or
 * configured, to the escalation team; an assignee below the new level's tier is taken off, an internal note carries the
 * reason, the target team's leads are notified, and a row is kept for reports. Agents escalate from the ticket page or
 * the API, rules through the {@code escalate} action — all in the caller's transaction, so nothing is half done.
 */
@Service
public class Escalations {

    public static final int TOP_LEVEL = 2;

    /** Where escalations go when the agent names no team: the configured team, else the first team of kind escalation. */
    public record Settings(Long escalationTeamId, Long effectiveTeamId, Instant updatedAt) {}

    private final Tickets tickets;
    private final Directory directory;
    private final IdentityAdmin identity;
    private final Notifications notifications;
    private final Recipients recipients;
    private final RuleHistory history;
    private final JdbcClient jdbc;
    private final Clock clock;

    Escalations(
            Tickets tickets,
            Directory directory,
            IdentityAdmin identity,
            Notifications notifications,
            Recipients recipients,
            RuleHistory history,
            JdbcClient jdbc,
            Clock clock) {
        this.tickets = tickets;
        this.directory = directory;
        this.identity = identity;
        this.notifications = notifications;
        this.recipients = recipients;
        this.history = history;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Escalates a ticket with a reason, to {@code toTeamId} when given, else to the escalation team when one is set and
     * the ticket is not in it yet. Refused (409) on a closed ticket or when there is nowhere higher to go.
     */
    @Transactional
    public EscalationView escalate(long ticketId, String reason, Long toTeamId, Actor actor) {
        return doEscalate(ticketId, reason, toTeamId, actor, true);
    }

    /**
     * The {@code escalate} action of a rule, in the rule's transaction: a ticket that is closed or already at the top
     * of its team is left as it is (empty) instead of failing the whole run.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<EscalationView> escalateByRule(long ticketId, String reason, Actor actor) {
        String why = reason == null || reason.isBlank() ? "Escalated by " + actor.name() : reason.strip();
        return Optional.ofNullable(
                doEscalate(ticketId, why.length() > 2000 ? why.substring(0, 2000) : why, null, actor, false));
    }

    private EscalationView doEscalate(long ticketId, String reason, Long toTeamId, Actor actor, boolean strict) {
        List<FieldViolation> problems = new ArrayList<>();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problems.add(new FieldViolation("reason", "is required"));
        } else if (why.length() > 2000) {
            problems.add(new FieldViolation("reason", "must be at most 2000 characters"));
        }
        TeamRef named = null;
        if (toTeamId != null) {
            named = directory.team(toTeamId).orElse(null);
            if (named == null) {
                problems.add(new FieldViolation("toTeamId", "is not a team"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TicketView ticket = tickets.get(ticketId);
        if (ticket.status() == TicketStatus.CLOSED) {
            if (!strict) {
                return null;
            }
            throw new ConflictException("ticket_closed", "A closed ticket cannot be escalated.");
        }
        int fromLevel = level(ticketId);
        Long fromTeam = ticket.teamId();
        Long toTeam = named != null ? Long.valueOf(named.id()) : settings().effectiveTeamId();
        if (toTeam == null) {
            toTeam = fromTeam;
        }
        int toLevel = Math.min(fromLevel + 1, TOP_LEVEL);
        if (toLevel == fromLevel && Objects.equals(toTeam, fromTeam)) {
            if (!strict) {
                return null;
            }
            throw new ConflictException(
                    "escalation_at_top",
                    "Ticket " + ticketId + " is already at the highest level (tier " + EscalationView.tierFor(toLevel)
                            + ") in this team; name another team to escalate to.");
        }
        boolean unassign = false;
        if (ticket.assigneeId() != null) {
            AgentRef assignee = directory.agent(ticket.assigneeId()).orElse(null);
            unassign = assignee == null || assignee.tier() < EscalationView.tierFor(toLevel);
        }
        Set<String> present = new HashSet<>();
        if (!Objects.equals(toTeam, fromTeam)) present.add("teamId");
        if (unassign) present.add("assigneeId");
        if (!present.isEmpty()) {
            tickets.update(
                    ticketId,
                    new TicketChanges(
                            present, null, null, null, null, null, toTeam, null, null, null, null, null, null),
                    null,
                    actor);
        }
        String teamName = toTeam == null
                ? null
                : directory.team(toTeam).map(TeamRef::name).orElse(null);
        String where = "tier " + EscalationView.tierFor(toLevel) + (teamName == null ? "" : ", " + teamName);
        tickets.addMessage(
                ticketId,
                new NewMessage(
                        "Escalated to " + where + " by " + actor.name() + ": " + why,
                        null,
                        Visibility.INTERNAL,
                        null,
                        null,
                        null,
                        null),
                actor);
        tickets.recordChannelEvent(
                ticketId,
                "escalated",
                "level",
                fromLevel + " → " + toLevel + (teamName == null ? "" : " (" + teamName + ")") + ": " + why,
                actor);
        Instant now = now();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into escalation (ticket_id, from_level, to_level, from_team_id, to_team_id, reason, actor_type,"
                                + " actor_id, actor_name, unassigned, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        ticketId,
                        fromLevel,
                        toLevel,
                        fromTeam,
                        toTeam,
                        why,
                        actor.type().name(),
                        actor.id(),
                        actor.name(),
                        unassign,
                        Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeys() == null || keys.getKeys().isEmpty()
                ? keys.getKey().longValue()
                : ((Number) keys.getKeys().values().iterator().next()).longValue();
        Map<Long, String> leads = new LinkedHashMap<>(recipients.leads(toTeam));
        if (actor.isAgent()) {
            leads.remove(actor.id());
        }
        Set<Long> notified = notifications.post(
                leads.keySet(),
                new NewNotification(
                        0,
                        NotificationKind.ESCALATION,
                        ticketId,
                        ticket.subject(),
                        "Escalated to " + where + " by " + actor.name() + ": " + why,
                        actor.name()));
        return new EscalationView(
                id, ticketId, fromLevel, toLevel, fromTeam, toTeam, why, actor, unassign, now, List.copyOf(notified));
    }

    /** The ticket's escalation level: that of its latest escalation, 0 before the first. */
    @Transactional(readOnly = true)
    public int level(long ticketId) {
        return jdbc.sql("select to_level from escalation where ticket_id = ? order by id desc fetch first 1 rows only")
                .param(ticketId)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** A ticket's escalations, oldest first (404 for an unknown ticket). */
    @Transactional(readOnly = true)
    public List<EscalationView> ofTicket(long ticketId) {
        tickets.get(ticketId);
        return list(null, null, null, ticketId, 1000);
    }

    /** Escalations between two instants (either may be open), optionally into one team, oldest first. */
    @Transactional(readOnly = true)
    public List<EscalationView> list(Instant from, Instant to, Long teamId, Long ticketId, int limit) {
        StringBuilder sql = new StringBuilder("select id, ticket_id, from_level, to_level, from_team_id, to_team_id,"
                + " reason, actor_type, actor_id, actor_name, unassigned, at from escalation where at >= :from"
                + " and at < :to");
        if (teamId != null) sql.append(" and to_team_id = :team");
        if (ticketId != null) sql.append(" and ticket_id = :ticket");
        sql.append(" order by at, id fetch first ")
                .append(Math.clamp(limit, 1, 10_000))
                .append(" rows only");
        var query = jdbc.sql(sql.toString())
                .param("from", Timestamp.from(from == null ? Instant.EPOCH : from))
                .param("to", Timestamp.from(to == null ? Instant.parse("9999-01-01T00:00:00Z") : to));
        if (teamId != null) query = query.param("team", teamId);
        if (ticketId != null) query = query.param("ticket", ticketId);
        return query.query(Escalations::view).list();
    }

    @Transactional(readOnly = true)
    public Settings settings() {
        Map<String, Object> row = jdbc.sql(
                        "select escalation_team_id, updated_at from escalation_settings where id = 1")
                .query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("team", rs.getObject(1, Long.class));
                    m.put("at", rs.getTimestamp(2).toInstant());
                    return m;
                })
                .optional()
                .orElse(Map.of());
        Long configured = (Long) row.get("team");
        Long effective = configured;
        if (effective == null) {
            effective = identity.teams().stream()
                    .filter(t -> t.kind() == TeamKind.ESCALATION)
                    .map(TeamView::id)
                    .findFirst()
                    .orElse(null);
        }
        return new Settings(configured, effective, (Instant) row.get("at"));
    }

    /** Sets (or with {@code null} clears) the escalation team; versioned like rules. */
    @Transactional
    public Settings changeSettings(Long escalationTeamId, Actor actor) {
        if (escalationTeamId != null && directory.team(escalationTeamId).isEmpty()) {
            throw new InvalidInputException("escalationTeamId", "is not a team");
        }
        Timestamp now = Timestamp.from(now());
        int updated = jdbc.sql("update escalation_settings set escalation_team_id = ?, updated_at = ? where id = 1")
                .params(escalationTeamId, now)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into escalation_settings (id, escalation_team_id, updated_at) values (1, ?, ?)")
                    .params(escalationTeamId, now)
                    .update();
        }
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("escalationTeamId", escalationTeamId);
        history.record("escalation_settings", 1, "updated", snapshot, actor);
        return settings();
    }

    @Transactional(readOnly = true)
    public List<RuleHistory.Version> settingsVersions() {
        return history.list("escalation_settings", 1);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static EscalationView view(ResultSet rs, int row) throws SQLException {
        return new EscalationView(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getInt(4),
                rs.getObject(5, Long.class),
                rs.getObject(6, Long.class),
                rs.getString(7),
                new Actor(Actor.Type.valueOf(rs.getString(8)), rs.getObject(9, Long.class), rs.getString(10)),
                rs.getBoolean(11),
                rs.getTimestamp(12).toInstant(),
                List.of());
    }
}
