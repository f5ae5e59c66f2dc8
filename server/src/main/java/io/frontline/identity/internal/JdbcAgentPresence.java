package io.frontline.identity.internal;

import io.frontline.identity.AgentPresence;
import io.frontline.identity.AgentPresenceChanged;
import io.frontline.identity.Availability;
import io.frontline.kernel.Actor;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Rows of {@code agent_presence}; plain SQL so that routing can lock one row with {@code for update}. */
@Service
class JdbcAgentPresence implements AgentPresence {

    private final JdbcClient jdbc;
    private final AgentRepository agents;
    private final PresenceProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcAgentPresence(
            JdbcClient jdbc,
            AgentRepository agents,
            PresenceProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.agents = agents;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Availability get(long agentId) {
        return jdbc.sql("select * from agent_presence where agent_id = ?")
                .param(agentId)
                .query(JdbcAgentPresence::availability)
                .optional()
                .orElseGet(() -> new Availability(
                        agentId,
                        "offline",
                        properties.defaultTicketCapacity(),
                        properties.defaultChatCapacity(),
                        null,
                        null));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Availability> all() {
        return jdbc.sql("select * from agent_presence order by agent_id")
                .query(JdbcAgentPresence::availability)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Availability> online() {
        return jdbc.sql("select * from agent_presence where presence = 'online' order by agent_id")
                .query(JdbcAgentPresence::availability)
                .list();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Availability> lock(long agentId) {
        return jdbc.sql("select * from agent_presence where agent_id = ? for update")
                .param(agentId)
                .query(JdbcAgentPresence::availability)
                .optional();
    }

    @Override
    @Transactional
    public Availability set(long agentId, String presence, Integer ticketCapacity, Integer chatCapacity, Actor actor) {
        List<FieldViolation> problems = new ArrayList<>();
        if (presence != null && !PRESENCES.contains(presence)) {
            problems.add(new FieldViolation("presence", "must be online, away or offline"));
        }
        if (ticketCapacity != null && (ticketCapacity < 0 || ticketCapacity > 500)) {
            problems.add(new FieldViolation("ticketCapacity", "must be between 0 and 500"));
        }
        if (chatCapacity != null && (chatCapacity < 0 || chatCapacity > 50)) {
            problems.add(new FieldViolation("chatCapacity", "must be between 0 and 50"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!agents.existsById(agentId)) {
            throw new NotFoundException("Agent", agentId);
        }
        Availability current = lock(agentId).orElse(null);
        Instant now = now();
        if (current == null) {
            Availability defaults = get(agentId);
            jdbc.sql("insert into agent_presence (agent_id, presence, ticket_capacity, chat_capacity, updated_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(
                            agentId,
                            presence == null ? defaults.presence() : presence,
                            ticketCapacity == null ? defaults.ticketCapacity() : ticketCapacity,
                            chatCapacity == null ? defaults.chatCapacity() : chatCapacity,
                            Timestamp.from(now))
                    .update();
            current = defaults;
        } else {
            String p = presence == null ? current.presence() : presence;
            jdbc.sql("update agent_presence set presence = ?, ticket_capacity = ?, chat_capacity = ?, updated_at = ?"
                            + (p.equals("offline") ? "" : ", disconnected_at = null")
                            + " where agent_id = ?")
                    .params(
                            p,
                            ticketCapacity == null ? current.ticketCapacity() : ticketCapacity,
                            chatCapacity == null ? current.chatCapacity() : chatCapacity,
                            Timestamp.from(now),
                            agentId)
                    .update();
        }
        if (presence != null && !presence.equals(current.presence())) {
            events.publishEvent(new AgentPresenceChanged(agentId, current.presence(), presence, actor));
        }
        return get(agentId);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markAssigned(long agentId, Instant at) {
        jdbc.sql("update agent_presence set last_assigned_at = ? where agent_id = ?")
                .params(Timestamp.from(at), agentId)
                .update();
    }

    @Override
    @Transactional
    public void markDisconnected(long agentId, Instant at) {
        jdbc.sql("update agent_presence set disconnected_at = ? where agent_id = ?")
                .params(at == null ? null : Timestamp.from(at), agentId)
                .update();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Availability availability(ResultSet rs, int row) throws SQLException {
        return new Availability(
                rs.getLong("agent_id"),
                rs.getString("presence"),
                rs.getInt("ticket_capacity"),
                rs.getInt("chat_capacity"),
                instant(rs, "last_assigned_at"),
                instant(rs, "disconnected_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
