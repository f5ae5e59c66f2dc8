package io.frontline.automation.internal;

import io.frontline.kernel.AfterCommit;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers rules' webhook calls from their outbox: POST with the JSON body, a 2xx answer is delivered, anything else is
 * tried again with a growing delay up to {@link #MAX_ATTEMPTS} times, then marked failed. Each row keeps its last
 * status and error.
 */
@Component
public class WebhookSender implements DisposableBean {

    static final int MAX_ATTEMPTS = 8;
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private record Delivery(long id, String url, String body, int attempts, long ruleId, long ticketId) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final ExecutorService worker = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicBoolean running = new AtomicBoolean();

    WebhookSender(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void wakeAfterCommit() {
        AfterCommit.run(this::wake);
    }

    void wake() {
        if (running.compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    deliver(clock.instant());
                } catch (RuntimeException e) {
                    log.warn("Webhook outbox could not be read: {}", e.toString());
                } finally {
                    running.set(false);
                }
            });
        }
    }

    @Scheduled(fixedDelayString = "PT10S", initialDelayString = "PT10S")
    void sweep() {
        wake();
    }

    /** Sends every delivery that is due; returns how many were sent successfully. */
    public int deliver(Instant now) {
        List<Delivery> due = jdbc.sql("select id, url, body, attempts, rule_id, ticket_id from webhook_delivery"
                        + " where state = 'PENDING' and next_attempt_at <= ? order by id")
                .param(Timestamp.from(now))
                .query((rs, i) -> new Delivery(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getLong(6)))
                .list();
        int ok = 0;
        for (Delivery d : due) {
            // claim by moving the next attempt forward, so another node's sweep skips it while this one sends
            int claimed = jdbc.sql("update webhook_delivery set next_attempt_at = ? where id = ? and attempts = ?"
                            + " and state = 'PENDING'")
                    .params(Timestamp.from(now.plus(Duration.ofMinutes(1))), d.id(), d.attempts())
                    .update();
            if (claimed == 0) {
                continue;
            }
            Integer status = null;
            String error = null;
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(d.url()))
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json")
                                .header("User-Agent", "Frontline-Webhook")
                                .header("X-Frontline-Delivery", String.valueOf(d.id()))
                                .POST(HttpRequest.BodyPublishers.ofString(d.body()))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                status = response.statusCode();
            } catch (java.io.IOException | IllegalArgumentException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ok;
            }
            int attempts = d.attempts() + 1;
            Instant done = clock.instant();
            if (status != null && status / 100 == 2) {
                ok++;
                jdbc.sql("update webhook_delivery set state = 'DELIVERED', attempts = ?, last_status = ?,"
                                + " last_error = null, delivered_at = ? where id = ?")
                        .params(attempts, status, Timestamp.from(done), d.id())
                        .update();
            } else {
                String state = attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING";
                String why = error != null ? error : "HTTP " + status;
                jdbc.sql("update webhook_delivery set state = ?, attempts = ?, last_status = ?, last_error = ?,"
                                + " next_attempt_at = ? where id = ?")
                        .params(
                                state,
                                attempts,
                                status,
                                why.length() > 1000 ? why.substring(0, 1000) : why,
                                Timestamp.from(done.plusSeconds(10L << Math.min(attempts, 10))),
                                d.id())
                        .update();
            }
        }
        return ok;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
