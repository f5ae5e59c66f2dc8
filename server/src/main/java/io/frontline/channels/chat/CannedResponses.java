package io.frontline.channels.chat;

import io.frontline.audit.AuditTrail;
import io.frontline.channels.chat.internal.ChatIds;
import io.frontline.kernel.Actor;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Canned chat responses shared by all agents; admins keep the list, every change is audited. */
@Service
public class CannedResponses {

    /** A canned response; {@code body} may hold {@code {{visitor.name}}} and {@code {{agent.name}}}. */
    public record Canned(long id, String title, String body) {}

    private final JdbcClient jdbc;
    private final ChatIds ids;
    private final AuditTrail audit;
    private final Clock clock;

    CannedResponses(JdbcClient jdbc, ChatIds ids, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Canned> list() {
        return jdbc.sql("select id, title, body from chat_canned_response order by title")
                .query((rs, i) -> new Canned(rs.getLong("id"), rs.getString("title"), rs.getString("body")))
                .list();
    }

    @Transactional
    public Canned add(String title, String body, Actor actor) {
        if (title == null || title.isBlank() || title.strip().length() > 100) {
            throw new InvalidInputException("title", "must be 1 to 100 characters");
        }
        if (body == null || body.isBlank() || body.strip().length() > 4000) {
            throw new InvalidInputException("body", "must be 1 to 4000 characters");
        }
        long id = ids.next("chat_canned_seq");
        jdbc.sql("insert into chat_canned_response (id, title, body, created_at) values (?, ?, ?, ?)")
                .params(id, title.strip(), body.strip(), Timestamp.from(clock.instant()))
                .update();
        audit.record(actor, "chat_canned_response", id, "created", Map.of("title", title.strip()));
        return new Canned(id, title.strip(), body.strip());
    }

    @Transactional
    public void remove(long id, Actor actor) {
        if (jdbc.sql("delete from chat_canned_response where id = ?").param(id).update() == 0) {
            throw new NotFoundException("Canned response", id);
        }
        audit.record(actor, "chat_canned_response", id, "deleted", Map.of());
    }
}
