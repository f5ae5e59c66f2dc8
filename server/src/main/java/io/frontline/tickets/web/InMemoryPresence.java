package io.frontline.tickets.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
class InMemoryPresence implements Presence {

    /** Three missed heartbeats (sent every 10 s) and the agent counts as gone. */
    static final Duration EXPIRY = Duration.ofSeconds(30);

    /** Typing shows for a short while after the last keystroke. */
    static final Duration TYPING = Duration.ofSeconds(8);

    private record Entry(String name, Instant seenAt, Instant typedAt) {}

    private final Map<Long, Map<Long, Entry>> tickets = new ConcurrentHashMap<>();
    private final Clock clock;

    InMemoryPresence(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void heartbeat(long ticketId, long agentId, String name, boolean typing) {
        Instant now = clock.instant();
        tickets.computeIfAbsent(ticketId, id -> new ConcurrentHashMap<>())
                .compute(agentId, (id, old) -> new Entry(name, now, typing ? now : old == null ? null : old.typedAt()));
        expire(ticketId, now);
    }

    @Override
    public void typing(long ticketId, long agentId, String name, boolean typing) {
        Instant now = clock.instant();
        tickets.computeIfAbsent(ticketId, id -> new ConcurrentHashMap<>())
                .put(agentId, new Entry(name, now, typing ? now : null));
    }

    @Override
    public void leave(long ticketId, long agentId) {
        Map<Long, Entry> viewers = tickets.get(ticketId);
        if (viewers != null) {
            viewers.remove(agentId);
        }
    }

    @Override
    public List<Viewer> others(long ticketId, long agentId) {
        Instant now = clock.instant();
        expire(ticketId, now);
        Map<Long, Entry> viewers = tickets.getOrDefault(ticketId, Map.of());
        return viewers.entrySet().stream()
                .filter(e -> e.getKey() != agentId)
                .map(e -> new Viewer(
                        e.getKey(),
                        e.getValue().name(),
                        e.getValue().typedAt() != null
                                && e.getValue().typedAt().plus(TYPING).isAfter(now),
                        e.getValue().seenAt()))
                .sorted(Comparator.comparing(Viewer::name))
                .toList();
    }

    private void expire(long ticketId, Instant now) {
        Map<Long, Entry> viewers = tickets.get(ticketId);
        if (viewers != null) {
            viewers.values().removeIf(e -> e.seenAt().plus(EXPIRY).isBefore(now));
            if (viewers.isEmpty()) {
                tickets.remove(ticketId, viewers);
            }
        }
    }
}
