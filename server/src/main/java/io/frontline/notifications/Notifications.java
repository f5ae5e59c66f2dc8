package io.frontline.notifications;

import io.frontline.identity.Directory;
import io.frontline.kernel.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agents' in-app inbox. Other modules post notifications in their own transaction (a rolled-back escalation
 * notifies nobody); every read and change is scoped to one recipient, so an agent only ever sees their own.
 */
@Service
public class Notifications {

    static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Directory directory, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Posts {@code template} (its {@code recipientId} is ignored) to each active agent among {@code recipientIds};
     * returns the agents notified.
     */
    @Transactional
    public Set<Long> post(Collection<Long> recipientIds, NewNotification template) {
        Set<Long> notified = new LinkedHashSet<>();
        directory.agents(new LinkedHashSet<>(recipientIds)).values().stream()
                .filter(a -> a.active())
                .forEach(a -> {
                    post(new NewNotification(
                            a.id(),
                            template.kind(),
                            template.ticketId(),
                            template.ticketSubject(),
                            template.text(),
                            template.actorName()));
                    notified.add(a.id());
                });
        return notified;
    }

    /** Posts one notification; the recipient must be an agent. */
    @Transactional
    public long post(NewNotification n) {
        if (directory.agent(n.recipientId()).isEmpty()) {
            throw new NotFoundException("Agent", n.recipientId());
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into agent_notification (recipient_id, kind, ticket_id, ticket_subject, body,"
                        + " actor_name, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        n.recipientId(),
                        n.kind().value(),
                        n.ticketId(),
                        cut(n.ticketSubject(), 250),
                        cut(
                                n.text() == null || n.text().isBlank()
                                        ? "-"
                                        : n.text().strip(),
                                MAX_TEXT),
                        cut(n.actorName(), 200),
                        Timestamp.from(now()))
                .update(keys, "id");
        long id = keys.getKeys() == null || keys.getKeys().isEmpty()
                ? keys.getKey().longValue()
                : ((Number) keys.getKeys().values().iterator().next()).longValue();
        events.publishEvent(new NotificationEvents.NotificationPosted(n.recipientId(), id, n.kind()));
        return id;
    }

    /** The recipient's notifications, newest first; only unread ones when asked; before {@code beforeId} to page. */
    @Transactional(readOnly = true)
    public List<NotificationView> list(long recipientId, boolean unreadOnly, Long beforeId, int limit) {
        return jdbc.sql("select id, kind, ticket_id, ticket_subject, body, actor_name, created_at, read_at"
                        + " from agent_notification where recipient_id = ? and id < ?"
                        + (unreadOnly ? " and read_at is null" : "")
                        + " order by id desc fetch first " + Math.clamp(limit, 1, 200) + " rows only")
                .params(recipientId, beforeId == null ? Long.MAX_VALUE : beforeId)
                .query(Notifications::view)
                .list();
    }

    /** One of the recipient's notifications; empty when it is someone else's or missing. */
    @Transactional(readOnly = true)
    public java.util.Optional<NotificationView> find(long recipientId, long id) {
        return jdbc.sql("select id, kind, ticket_id, ticket_subject, body, actor_name, created_at, read_at"
                        + " from agent_notification where id = ? and recipient_id = ?")
                .params(id, recipientId)
                .query(Notifications::view)
                .optional();
    }

    @Transactional(readOnly = true)
    public int unreadCount(long recipientId) {
        return jdbc.sql("select count(*) from agent_notification where recipient_id = ? and read_at is null")
                .param(recipientId)
                .query(Integer.class)
                .single();
    }

    /** Marks one of the recipient's notifications read; someone else's is as unknown as a missing one. */
    @Transactional
    public NotificationView markRead(long recipientId, long id) {
        NotificationView found = jdbc.sql("select id, kind, ticket_id, ticket_subject, body, actor_name, created_at,"
                        + " read_at from agent_notification where id = ? and recipient_id = ?")
                .params(id, recipientId)
                .query(Notifications::view)
                .optional()
                .orElseThrow(() -> new NotFoundException("Notification", id));
        if (found.readAt() != null) {
            return found;
        }
        Instant now = now();
        jdbc.sql("update agent_notification set read_at = ? where id = ? and read_at is null")
                .params(Timestamp.from(now), id)
                .update();
        events.publishEvent(new NotificationEvents.NotificationsRead(recipientId));
        return new NotificationView(
                found.id(),
                found.kind(),
                found.ticketId(),
                found.ticketSubject(),
                found.text(),
                found.actorName(),
                found.createdAt(),
                now);
    }

    /** Marks every unread notification of the recipient read; returns how many. */
    @Transactional
    public int markAllRead(long recipientId) {
        int changed = jdbc.sql("update agent_notification set read_at = ? where recipient_id = ? and read_at is null")
                .params(Timestamp.from(now()), recipientId)
                .update();
        if (changed > 0) {
            events.publishEvent(new NotificationEvents.NotificationsRead(recipientId));
        }
        return changed;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static NotificationView view(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp(8);
        return new NotificationView(
                rs.getLong(1),
                rs.getString(2),
                rs.getObject(3, Long.class),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant(),
                read == null ? null : read.toInstant());
    }
}
