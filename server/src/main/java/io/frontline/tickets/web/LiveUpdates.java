package io.frontline.tickets.web;

import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.CurrentAgent;
import io.frontline.kernel.Actor;
import io.frontline.kernel.Json;
import io.frontline.notifications.NotificationEvents;
import io.frontline.tickets.TicketEvents;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams committed ticket changes to every signed-in agent as Server-Sent Events, and to one agent what concerns them
 * alone (a new notification). Listening after commit means a rolled-back change is never announced; the browser then
 * fetches what it needs through the normal pages.
 */
@RestController
class LiveUpdates {

    /** Browsers reconnect on their own; a bounded stream lets dead connections go without a server-side sweep. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    /** Each open stream with the agent it belongs to. */
    private final Map<SseEmitter, Long> emitters = new ConcurrentHashMap<>();

    private final ExecutorService sender = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("live-keepalive").factory());

    LiveUpdates() {
        pings.scheduleAtFixedRate(this::ping, KEEP_ALIVE.toSeconds(), KEEP_ALIVE.toSeconds(), TimeUnit.SECONDS);
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        AgentPrincipal me = CurrentAgent.require();
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        emitters.put(emitter, me.id());
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        try {
            emitter.send(SseEmitter.event().name("hello").data("{\"agentId\":" + me.id() + "}"));
        } catch (IOException e) {
            emitters.remove(emitter);
        }
        return emitter;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(TicketEvents.TicketOpened event) {
        publish("ticket", event.ticketId(), "opened", event.actor());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(TicketEvents.TicketChanged event) {
        publish("ticket", event.ticketId(), "changed", event.actor());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(TicketEvents.MessagePosted event) {
        publish("ticket", event.ticketId(), "message", event.actor());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(TicketEvents.TicketsMerged event) {
        publish("ticket", event.sourceId(), "merged", event.actor());
        publish("ticket", event.targetId(), "merged", event.actor());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(NotificationEvents.NotificationPosted event) {
        toAgent(event.recipientId(), "notification", Map.of("kind", event.kind().value()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(NotificationEvents.NotificationsRead event) {
        toAgent(event.recipientId(), "notification", Map.of("kind", "read"));
    }

    private void toAgent(long agentId, String name, Map<String, Object> data) {
        String json = Json.write(data);
        emitters.forEach((emitter, owner) -> {
            if (owner == agentId) {
                sender.execute(() -> send(emitter, SseEmitter.event().name(name).data(json)));
            }
        });
    }

    /** Someone started or stopped viewing or typing on a ticket. */
    void presenceChanged(long ticketId, Actor actor) {
        publish("presence", ticketId, "presence", actor);
    }

    private void publish(String name, long ticketId, String kind, Actor actor) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketId", ticketId);
        data.put("kind", kind);
        data.put("actorId", actor.id());
        data.put("actor", actor.name());
        String json = Json.write(data);
        for (SseEmitter emitter : emitters.keySet()) {
            sender.execute(() -> send(emitter, SseEmitter.event().name(name).data(json)));
        }
    }

    private void ping() {
        for (SseEmitter emitter : emitters.keySet()) {
            sender.execute(() -> send(emitter, SseEmitter.event().comment("keep-alive")));
        }
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            synchronized (emitter) {
                emitter.send(event);
            }
        } catch (IOException | IllegalStateException e) {
            emitters.remove(emitter);
        }
    }

    @PreDestroy
    void close() {
        pings.shutdownNow();
        emitters.keySet().forEach(SseEmitter::complete);
        emitters.clear();
        sender.shutdown();
    }
}
