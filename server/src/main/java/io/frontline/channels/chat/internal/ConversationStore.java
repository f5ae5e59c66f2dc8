package io.frontline.channels.chat.internal;

import io.frontline.channels.chat.ChatMessageView;
import io.frontline.kernel.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Rows of {@code chat_conversation} and {@code chat_message}; plain SQL, explicit locks. */
@Component
public class ConversationStore {

    public enum State {
        QUEUED,
        ACTIVE,
        ENDED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Conversation(
            long id,
            long widgetId,
            String visitorId,
            long customerId,
            long ticketId,
            Long teamId,
            String language,
            State state,
            Long agentId,
            Instant queuedAt,
            Instant assignedAt,
            Instant endedAt,
            long lastSeq,
            long visitorReadSeq,
            long agentReadSeq) {}

    private static final TypeReference<List<ChatMessageView.ChatFile>> FILES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ChatIds ids;

    ConversationStore(JdbcClient jdbc, ChatIds ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    public long insert(
            long widgetId,
            String visitorId,
            long customerId,
            long ticketId,
            Long teamId,
            String language,
            String pageUrl,
            Instant now) {
        long id = ids.next("chat_conversation_seq");
        jdbc.sql("""
                        insert into chat_conversation (id, widget_id, visitor_id, customer_id, ticket_id, team_id,
                            language, state, queued_at, page_url)
                        values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)""")
                .params(id, widgetId, visitorId, customerId, ticketId, teamId, language, Timestamp.from(now), pageUrl)
                .update();
        return id;
    }

    public Optional<Conversation> find(long id) {
        return jdbc.sql("select * from chat_conversation where id = ?")
                .param(id)
                .query(ConversationStore::conversation)
                .optional();
    }

    /** The conversation, its row locked until the transaction ends: writers of one conversation take turns. */
    public Optional<Conversation> lock(long id) {
        return jdbc.sql("select * from chat_conversation where id = ? for update")
                .param(id)
                .query(ConversationStore::conversation)
                .optional();
    }

    public List<Conversation> byVisitor(String visitorId, Long verifiedCustomerId) {
        if (verifiedCustomerId != null) {
            return jdbc.sql("select * from chat_conversation where visitor_id = ? or customer_id = ?"
                            + " order by id desc fetch first 50 rows only")
                    .params(visitorId, verifiedCustomerId)
                    .query(ConversationStore::conversation)
                    .list();
        }
        return jdbc.sql(
                        "select * from chat_conversation where visitor_id = ? order by id desc fetch first 50 rows only")
                .param(visitorId)
                .query(ConversationStore::conversation)
                .list();
    }

    public List<Conversation> open(Long agentId) {
        return jdbc.sql("select * from chat_conversation where agent_id = ? and state = 'ACTIVE' order by assigned_at")
                .param(agentId)
                .query(ConversationStore::conversation)
                .list();
    }

    public List<Conversation> queued(int limit) {
        return jdbc.sql("select * from chat_conversation where state = 'QUEUED' order by queued_at, id fetch first "
                        + Math.clamp(limit, 1, 1000) + " rows only")
                .query(ConversationStore::conversation)
                .list();
    }

    /** Conversations still open (queued or with an agent) on a ticket. */
    public Optional<Conversation> openOnTicket(long ticketId) {
        return jdbc.sql("select * from chat_conversation where ticket_id = ? and state <> 'ENDED'"
                        + " order by id desc fetch first 1 rows only")
                .param(ticketId)
                .query(ConversationStore::conversation)
                .optional();
    }

    /** How many conversations of the same team wait ahead of this one, plus one. */
    public int position(Conversation c) {
        Integer ahead = jdbc.sql("select count(*) from chat_conversation where state = 'QUEUED'"
                        + " and (team_id = ? or (team_id is null and ? is null))"
                        + " and (queued_at < ? or (queued_at = ? and id < ?))")
                .params(c.teamId(), c.teamId(), Timestamp.from(c.queuedAt()), Timestamp.from(c.queuedAt()), c.id())
                .query(Integer.class)
                .single();
        return ahead + 1;
    }

    public int countOpen(long agentId) {
        return jdbc.sql("select count(*) from chat_conversation where agent_id = ? and state = 'ACTIVE'")
                .param(agentId)
                .query(Integer.class)
                .single();
    }

    /** Open chats per agent, for those of {@code agentIds} who have any. */
    public Map<Long, Integer> countOpen(Collection<Long> agentIds) {
        if (agentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("select agent_id, count(*) from chat_conversation where state = 'ACTIVE' and agent_id in (:ids)"
                        + " group by agent_id")
                .param("ids", List.copyOf(agentIds))
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    public void assign(long id, long agentId, Instant now) {
        jdbc.sql("update chat_conversation set state = 'ACTIVE', agent_id = ?, assigned_at = ?, version = version + 1"
                        + " where id = ?")
                .params(agentId, Timestamp.from(now), id)
                .update();
    }

    /** Back into the queue; keeps its original place (queued_at) unless {@code requeuedAt} is given. */
    public void requeue(long id, Long teamId, Instant requeuedAt) {
        if (requeuedAt == null) {
            jdbc.sql("update chat_conversation set state = 'QUEUED', agent_id = null, team_id = ?,"
                            + " version = version + 1 where id = ?")
                    .params(teamId, id)
                    .update();
        } else {
            jdbc.sql("update chat_conversation set state = 'QUEUED', agent_id = null, team_id = ?, queued_at = ?,"
                            + " version = version + 1 where id = ?")
                    .params(teamId, Timestamp.from(requeuedAt), id)
                    .update();
        }
    }

    public void end(long id, Instant now) {
        jdbc.sql("update chat_conversation set state = 'ENDED', ended_at = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(now), id)
                .update();
    }

    public void moveToTicket(long id, long ticketId) {
        jdbc.sql("update chat_conversation set ticket_id = ? where id = ?")
                .params(ticketId, id)
                .update();
    }

    public void markRead(long id, boolean byVisitor, long seq) {
        String column = byVisitor ? "visitor_read_seq" : "agent_read_seq";
        jdbc.sql("update chat_conversation set " + column + " = ? where id = ? and " + column
                        + " < ? and last_seq >= ?")
                .params(seq, id, seq, seq)
                .update();
    }

    /** The next sequence number of a locked conversation. */
    public long nextSeq(long id) {
        jdbc.sql("update chat_conversation set last_seq = last_seq + 1 where id = ?")
                .param(id)
                .update();
        return jdbc.sql("select last_seq from chat_conversation where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    public void insertMessage(
            long conversationId, long seq, String clientMessageId, Long messageId, ChatMessageView m) {
        jdbc.sql("""
                        insert into chat_message (id, conversation_id, seq, client_message_id, message_id,
                            author_type, author_id, author_name, internal, body, attachments, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        ids.next("chat_message_seq"),
                        conversationId,
                        seq,
                        clientMessageId,
                        messageId,
                        m.author().type(),
                        m.author().id(),
                        m.author().name(),
                        m.internal(),
                        m.text(),
                        m.attachments().isEmpty() ? null : Json.write(m.attachments()),
                        Timestamp.from(m.at()))
                .update();
    }

    public Optional<ChatMessageView> messageByClientId(long conversationId, String clientMessageId) {
        return jdbc.sql("select * from chat_message where conversation_id = ? and client_message_id = ?")
                .params(conversationId, clientMessageId)
                .query(ConversationStore::message)
                .optional();
    }

    public List<ChatMessageView> messagesAfter(long conversationId, long afterSeq, boolean withInternal, int limit) {
        return jdbc.sql("select * from chat_message where conversation_id = ? and seq > ?"
                        + (withInternal ? "" : " and internal = false")
                        + " order by seq fetch first " + Math.clamp(limit, 1, 1000) + " rows only")
                .params(conversationId, afterSeq)
                .query(ConversationStore::message)
                .list();
    }

    private static Conversation conversation(ResultSet rs, int row) throws SQLException {
        return new Conversation(
                rs.getLong("id"),
                rs.getLong("widget_id"),
                rs.getString("visitor_id"),
                rs.getLong("customer_id"),
                rs.getLong("ticket_id"),
                rs.getObject("team_id", Long.class),
                rs.getString("language"),
                State.valueOf(rs.getString("state")),
                rs.getObject("agent_id", Long.class),
                instant(rs, "queued_at"),
                instant(rs, "assigned_at"),
                instant(rs, "ended_at"),
                rs.getLong("last_seq"),
                rs.getLong("visitor_read_seq"),
                rs.getLong("agent_read_seq"));
    }

    private static ChatMessageView message(ResultSet rs, int row) throws SQLException {
        String files = rs.getString("attachments");
        return new ChatMessageView(
                "message",
                rs.getLong("conversation_id"),
                rs.getLong("seq"),
                rs.getString("client_message_id"),
                new ChatMessageView.Author(
                        rs.getString("author_type"),
                        rs.getObject("author_id", Long.class),
                        rs.getString("author_name")),
                rs.getString("body"),
                files == null ? List.of() : Json.read(files, FILES),
                rs.getBoolean("internal"),
                instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
