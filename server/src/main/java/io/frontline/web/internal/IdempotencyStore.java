package io.frontline.web.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Remembers the response to each {@code Idempotency-Key} per agent. A key is claimed before the request runs (so a
 * concurrent retry sees it in flight) and completed with the response afterwards; a request that failed on the server
 * releases its key so that the retry can run.
 */
@Component
class IdempotencyStore {

    record Stored(String requestHash, Integer status, String contentType, String location, String etag, byte[] body) {
        boolean completed() {
            return status != null;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApiProperties properties;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock, ApiProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Claims the key; answers what is stored under it when someone claimed it first. */
    Optional<Stored> claim(long agentId, String key, String method, String path, String requestHash) {
        try {
            jdbc.update(
                    "insert into idempotency_record (agent_id, idem_key, method, path, request_hash, created_at)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    agentId,
                    key,
                    method,
                    path,
                    requestHash,
                    Timestamp.from(clock.instant()));
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            return jdbc
                    .query(
                            "select request_hash, status, content_type, location, etag, response_body"
                                    + " from idempotency_record where agent_id = ? and idem_key = ?",
                            (rs, i) -> new Stored(
                                    rs.getString(1),
                                    (Integer) rs.getObject(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6) == null
                                            ? new byte[0]
                                            : rs.getString(6).getBytes(StandardCharsets.UTF_8)),
                            agentId,
                            key)
                    .stream()
                    .findFirst()
                    .or(() -> claim(agentId, key, method, path, requestHash));
        }
    }

    void complete(long agentId, String key, int status, String contentType, String location, String etag, byte[] body) {
        jdbc.update(
                "update idempotency_record set status = ?, content_type = ?, location = ?, etag = ?, response_body = ?"
                        + " where agent_id = ? and idem_key = ?",
                status,
                contentType,
                location,
                etag,
                new String(body, StandardCharsets.UTF_8),
                agentId,
                key);
    }

    void release(long agentId, String key) {
        jdbc.update("delete from idempotency_record where agent_id = ? and idem_key = ?", agentId, key);
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void purgeExpired() {
        Instant cutoff = clock.instant().minus(properties.idempotencyRetention());
        jdbc.update("delete from idempotency_record where created_at < ?", Timestamp.from(cutoff));
    }
}
