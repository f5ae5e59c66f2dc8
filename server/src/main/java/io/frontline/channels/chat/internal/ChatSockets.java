package io.frontline.channels.chat.internal;

import io.frontline.identity.AgentPrincipal;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * The open chat sockets of this node: counted for the metrics ({@code frontline.chat.sockets}), agents' consoles
 * tracked for presence (the last console closing starts the offline grace period), and a way to close a visitor's
 * sockets (an operator's tool, and how tests drop a connection for real).
 */
@Component
public class ChatSockets {

    private final Map<String, WebSocketSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, Principal> users = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> consoles = new ConcurrentHashMap<>();
    private final ChatRouter router;

    ChatSockets(ChatRouter router, MeterRegistry meters) {
        this.router = router;
        Gauge.builder("frontline.chat.sockets", sessions, Map::size)
                .description("Open chat WebSocket connections on this node (visitors and agent consoles)")
                .register(meters);
    }

    void opened(WebSocketSession session) {
        sessions.put(session.getId(), session);
    }

    void closed(WebSocketSession session) {
        sessions.remove(session.getId());
    }

    @EventListener
    void connected(SessionConnectedEvent event) {
        Principal user = event.getUser();
        String id = (String) event.getMessage().getHeaders().get("simpSessionId");
        if (user == null || id == null) {
            return;
        }
        users.put(id, user);
        agentId(user).ifPresent(agent -> {
            consoles.computeIfAbsent(agent, a -> new AtomicInteger()).incrementAndGet();
            router.consoleConnected(agent);
        });
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        Principal user = users.remove(event.getSessionId());
        if (user == null) {
            return;
        }
        agentId(user).ifPresent(agent -> {
            AtomicInteger count = consoles.get(agent);
            if (count != null && count.decrementAndGet() <= 0) {
                consoles.remove(agent);
                router.consoleDisconnected(agent);
            }
        });
    }

    /** Closes one socket at once, for a client that broke the rules (a forbidden subscription, say). */
    public void close(String sessionId, CloseStatus status) {
        WebSocketSession session = sessionId == null ? null : sessions.get(sessionId);
        if (session != null) {
            try {
                session.close(status);
            } catch (IOException ignored) {
                // already gone
            }
        }
    }

    /** Closes every socket of a visitor; their widget reconnects and catches up. Returns how many were closed. */
    public int closeVisitor(String visitorId) {
        int closed = 0;
        for (Map.Entry<String, Principal> e : users.entrySet()) {
            if (e.getValue() instanceof VisitorPrincipal v
                    && v.visitor().visitorId().equals(visitorId)) {
                WebSocketSession session = sessions.get(e.getKey());
                if (session != null) {
                    try {
                        session.close(CloseStatus.SERVICE_RESTARTED);
                        closed++;
                    } catch (IOException ignored) {
                        // already gone
                    }
                }
            }
        }
        return closed;
    }

    static java.util.Optional<Long> agentId(Principal user) {
        if (user instanceof Authentication auth && auth.getPrincipal() instanceof AgentPrincipal agent) {
            return java.util.Optional.of(agent.id());
        }
        return java.util.Optional.empty();
    }
}
