package io.frontline.automation;

import io.frontline.kernel.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What automation still has to do or could not do: trigger runs waiting or quarantined, and webhook deliveries. */
@Service
public class AutomationQueue {

    /** A trigger run; {@code quarantined} ones failed too often and wait for a lead. */
    public record Job(
            long id,
            long ticketId,
            String events,
            int attempts,
            boolean quarantined,
            String lastError,
            Instant createdAt,
            Instant nextAttemptAt) {}

    /** A webhook call of a rule: pending, delivered or failed, with its last answer. */
    public record Delivery(
            long id,
            long ruleId,
            String ruleName,
            long ticketId,
            String url,
            String state,
            int attempts,
            Integer lastStatus,
            String lastError,
            Instant createdAt,
            Instant deliveredAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    AutomationQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Job> jobs(boolean quarantinedOnly) {
        return jdbc.sql("select id, ticket_id, events, attempts, quarantined, last_error, created_at, next_attempt_at"
                        + " from automation_job" + (quarantinedOnly ? " where quarantined = true" : "")
                        + " order by id fetch first 500 rows only")
                .query((rs, i) -> new Job(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getBoolean(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** Puts a quarantined run back in the queue with fresh attempts. */
    @Transactional
    public void retry(long jobId) {
        int updated = jdbc.sql("update automation_job set quarantined = false, attempts = 0, claimed_until = null,"
                        + " next_attempt_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), jobId)
                .update();
        if (updated == 0) {
            throw new NotFoundException("Trigger run", jobId);
        }
    }

    @Transactional(readOnly = true)
    public List<Delivery> deliveries(Long ticketId) {
        var query = jdbc.sql("select id, rule_id, rule_name, ticket_id, url, state, attempts, last_status, last_error,"
                + " created_at, delivered_at from webhook_delivery"
                + (ticketId == null ? "" : " where ticket_id = :ticket")
                + " order by id desc fetch first 500 rows only");
        if (ticketId != null) {
            query = query.param("ticket", ticketId);
        }
        return query.query((rs, i) -> new Delivery(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        (Integer) rs.getObject(8, Integer.class),
                        rs.getString(9),
                        rs.getTimestamp(10).toInstant(),
                        rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant()))
                .list();
    }
}
