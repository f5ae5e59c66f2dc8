package io.frontline.channels.chat.internal;

import io.frontline.channels.chat.internal.ConversationStore.AgentState;
import io.frontline.channels.chat.internal.ConversationStore.Conversation;
import io.frontline.channels.chat.internal.ConversationStore.State;
import io.frontline.identity.AgentRef;
import io.frontline.identity.Directory;
import io.frontline.kernel.Actor;
import io.frontline.kernel.ConflictException;
import io.frontline.kernel.InvalidInputException;
import io.frontline.tickets.TicketChanges;
import io.frontline.tickets.Tickets;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assigns queued chats to agents by presence, capacity and language (see {@link RoutingPolicy}) and keeps presence
 * honest: an agent whose consoles have all been gone for the grace period goes offline and their chats go back to the
 * head of the queue. Runs after every change that can free or need an agent, and on a timer as a safety net (and for
 * changes made on other nodes). Capacity holds across nodes because the agent's state row is locked while counting.
 */
@Component
public class ChatRouter {

    public static final Set<String> PRESENCES = Set.of("online", "away", "offline");

    private static final Logger log = LoggerFactory.getLogger(ChatRouter.class);

    private final ConversationStore store;
    private final Directory directory;
    private final Tickets tickets;
    private final ChatProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ReentrantLock routing = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final ExecutorService worker = Executors.newVirtualThreadPerTaskExecutor();
    private volatile Consumer<Assignment> onAssigned = a -> {};

    /** A chat that routing (or a transfer) gave to an agent, for notifying both sides once committed. */
    public record Assignment(long conversationId, AgentRef agent, String reason) {}

    ChatRouter(
            ConversationStore store,
            Directory directory,
            Tickets tickets,
            ChatProperties properties,
            TransactionTemplate tx,
            Clock clock) {
        this.store = store;
        this.directory = directory;
        this.tickets = tickets;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    /** Set by the chat service: what to tell visitor and agent when a chat is assigned. */
    public void onAssigned(Consumer<Assignment> listener) {
        this.onAssigned = listener;
    }

    /** Routes soon on another thread, once the caller's transaction has committed. */
    public void routeSoon() {
        ChatBroadcaster.afterCommit(() -> worker.execute(this::route));
    }

    /** Assigns as many queued chats as agents can take now. Concurrent calls coalesce into one more pass. */
    public void route() {
        again.set(true);
        while (again.get()) {
            if (!routing.tryLock()) {
                return;
            }
            try {
                again.set(false);
                routeOnce();
            } catch (RuntimeException e) {
                log.warn("chat routing pass failed; the next pass retries", e);
            } finally {
                routing.unlock();
            }
        }
    }

    @Scheduled(fixedDelayString = "${frontline.chat.routing-interval:5s}", initialDelay = 5000)
    void sweep() {
        expireDisconnected();
        route();
    }

    private void routeOnce() {
        List<Conversation> queued = store.queued(200);
        if (queued.isEmpty()) {
            return;
        }
        Map<Long, AgentState> online = store.online().stream().collect(Collectors.toMap(AgentState::agentId, s -> s));
        if (online.isEmpty()) {
            return;
        }
        Map<Long, Integer> open = new HashMap<>();
        Map<Long, List<Directory.Routable>> byTeam = new HashMap<>();
        for (Conversation c : queued) {
            List<Directory.Routable> members = byTeam.computeIfAbsent(c.teamId(), directory::routable);
            List<RoutingPolicy.Candidate> candidates = new ArrayList<>();
            for (Directory.Routable member : members) {
                AgentState state = online.get(member.agent().id());
                if (state == null) {
                    continue;
                }
                int count = open.computeIfAbsent(state.agentId(), store::countOpen);
                candidates.add(new RoutingPolicy.Candidate(
                        state.agentId(), member.languages(), count, state.capacity(), state.lastAssignedAt()));
            }
            RoutingPolicy.choose(candidates, c.language()).ifPresent(chosen -> {
                AgentRef agent = members.stream()
                        .map(Directory.Routable::agent)
                        .filter(a -> a.id() == chosen.agentId())
                        .findFirst()
                        .orElseThrow();
                Boolean assigned = tx.execute(status -> assignIfFree(c.id(), agent, "routing"));
                if (Boolean.TRUE.equals(assigned)) {
                    open.merge(agent.id(), 1, Integer::sum);
                    Instant now = now();
                    AgentState s = online.get(agent.id());
                    online.put(
                            agent.id(),
                            new AgentState(s.agentId(), s.presence(), s.capacity(), now, s.disconnectedAt()));
                } else {
                    open.remove(agent.id());
                }
            });
        }
    }

    /** In the caller's transaction: gives a still-queued chat to an agent if they are online with free capacity. */
    private boolean assignIfFree(long conversationId, AgentRef agent, String reason) {
        AgentState state = store.lockAgent(agent.id()).orElse(null);
        if (state == null || !"online".equals(state.presence()) || store.countOpen(agent.id()) >= state.capacity()) {
            return false;
        }
        Conversation c = store.lock(conversationId).orElse(null);
        if (c == null || c.state() != State.QUEUED) {
            return false;
        }
        give(c, agent, reason);
        return true;
    }

    /**
     * In the caller's transaction: gives a chat to a chosen agent (a transfer), who must be online with room.
     */
    public void assignNow(Conversation c, AgentRef agent, String reason) {
        AgentState state = store.lockAgent(agent.id()).orElse(null);
        if (state == null || !"online".equals(state.presence())) {
            throw new InvalidInputException("agentId", agent.name() + " is not online for chats");
        }
        int open = store.countOpen(agent.id()) - (agent.id() == (c.agentId() == null ? -1 : c.agentId()) ? 1 : 0);
        if (open >= state.capacity()) {
            throw new ConflictException("agent_at_capacity", agent.name() + " already has " + open + " chats.");
        }
        give(c, agent, reason);
    }

    private void give(Conversation c, AgentRef agent, String reason) {
        Instant now = now();
        store.assign(c.id(), agent.id(), now);
        store.markAssigned(agent.id(), now);
        tickets.update(c.ticketId(), TicketChanges.ofAssignee(agent.id()), null, Actor.SYSTEM);
        Assignment assignment = new Assignment(c.id(), agent, reason);
        // on another thread: code run in afterCommit would still join the finished transaction
        ChatBroadcaster.afterCommit(() -> worker.execute(() -> onAssigned.accept(assignment)));
    }

    // ---- presence

    public List<AgentState> states() {
        return store.allAgentStates();
    }

    /** Whether any agent who could take a chat of this team is online now. */
    public boolean anyoneOnline(Long teamId) {
        Set<Long> online = store.online().stream().map(AgentState::agentId).collect(Collectors.toSet());
        return !online.isEmpty()
                && directory.routable(teamId).stream()
                        .anyMatch(r -> online.contains(r.agent().id()));
    }

    public AgentState presence(long agentId) {
        return store.agentState(agentId)
                .orElse(new AgentState(agentId, "offline", properties.defaultCapacity(), null, null));
    }

    /** Sets an agent's presence and capacity; going offline puts their open chats back in the queue. */
    public AgentState setPresence(long agentId, String presence, Integer capacity) {
        if (presence != null && !PRESENCES.contains(presence)) {
            throw new InvalidInputException("presence", "must be online, away or offline");
        }
        if (capacity != null && (capacity < 0 || capacity > 50)) {
            throw new InvalidInputException("capacity", "must be between 0 and 50");
        }
        AgentState result = tx.execute(status -> {
            AgentState current = presence(agentId);
            String p = presence == null ? current.presence() : presence;
            int cap = capacity == null ? current.capacity() : capacity;
            store.saveAgentState(agentId, p, cap, now());
            if (p.equals("offline")) {
                requeueChatsOf(agentId);
            }
            return presence(agentId);
        });
        routeSoon();
        return result;
    }

    private void requeueChatsOf(long agentId) {
        List<Long> requeued = new ArrayList<>();
        for (Conversation c : store.open(agentId)) {
            store.requeue(c.id(), c.teamId(), null);
            requeued.add(c.id());
        }
        if (!requeued.isEmpty()) {
            List<Long> ids = List.copyOf(requeued);
            ChatBroadcaster.afterCommit(() -> worker.execute(() -> requeuedListener.accept(ids)));
        }
    }

    private volatile Consumer<List<Long>> requeuedListener = ids -> {};

    public void onRequeued(Consumer<List<Long>> listener) {
        this.requeuedListener = listener;
    }

    /** The agent's last console went away; after the grace period they count as offline. */
    public void consoleDisconnected(long agentId) {
        store.markDisconnected(agentId, now());
    }

    public void consoleConnected(long agentId) {
        store.markDisconnected(agentId, null);
    }

    void expireDisconnected() {
        Instant limit = now().minus(properties.disconnectGrace());
        for (AgentState state : store.allAgentStates()) {
            if (!"offline".equals(state.presence())
                    && state.disconnectedAt() != null
                    && state.disconnectedAt().isBefore(limit)) {
                log.info(
                        "agent {} has had no chat console for {}; marking offline",
                        state.agentId(),
                        properties.disconnectGrace());
                setPresence(state.agentId(), "offline", null);
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @PreDestroy
    void close() {
        worker.shutdown();
    }
}
