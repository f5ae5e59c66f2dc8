package io.frontline.channels.chat.internal;

import io.frontline.channels.chat.internal.ConversationStore.Conversation;
import io.frontline.channels.chat.internal.ConversationStore.State;
import io.frontline.identity.AgentPresence;
import io.frontline.identity.AgentPresenceChanged;
import io.frontline.identity.AgentRef;
import io.frontline.identity.Availability;
import io.frontline.identity.Directory;
import io.frontline.identity.Workload;
import io.frontline.kernel.Actor;
import io.frontline.kernel.CoalescingPass;
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
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assigns queued chats to agents by presence, chat capacity and language (see {@link RoutingPolicy}; presence and
 * capacity are the agent's, kept by {@link AgentPresence} for every channel) and keeps presence honest: an agent whose
 * consoles have all been gone for the grace period goes offline, and an agent going offline (from the console, the top
 * bar or the API) puts their chats back at the head of the queue. Runs after every change that can free or need an
 * agent, and on a timer as a safety net (and for changes made on other nodes). Capacity holds across nodes because the
 * agent's presence row is locked while counting.
 */
@Component
public class ChatRouter {

    private static final Logger log = LoggerFactory.getLogger(ChatRouter.class);

    private final ConversationStore store;
    private final Directory directory;
    private final AgentPresence presence;
    private final List<Workload> workloads;
    private final Tickets tickets;
    private final ChatProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final CoalescingPass passes = new CoalescingPass("chat routing", this::routeOnce);
    private final ExecutorService worker = Executors.newVirtualThreadPerTaskExecutor();
    private volatile Consumer<Assignment> onAssigned = a -> {};

    /** A chat that routing (or a transfer) gave to an agent, for notifying both sides once committed. */
    public record Assignment(long conversationId, AgentRef agent, String reason) {}

    ChatRouter(
            ConversationStore store,
            Directory directory,
            AgentPresence presence,
            List<Workload> workloads,
            Tickets tickets,
            ChatProperties properties,
            TransactionTemplate tx,
            Clock clock) {
        this.store = store;
        this.directory = directory;
        this.presence = presence;
        this.workloads = workloads;
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
        passes.request();
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
        Map<Long, Availability> online =
                presence.online().stream().collect(Collectors.toMap(Availability::agentId, s -> s));
        if (online.isEmpty()) {
            return;
        }
        Map<Long, Integer> open = new HashMap<>();
        Map<Long, Integer> otherOpen = otherWork(online.keySet());
        Map<Long, List<Directory.Routable>> byTeam = new HashMap<>();
        for (Conversation c : queued) {
            List<Directory.Routable> members = byTeam.computeIfAbsent(c.teamId(), directory::routable);
            List<RoutingPolicy.Candidate> candidates = new ArrayList<>();
            for (Directory.Routable member : members) {
                Availability state = online.get(member.agent().id());
                if (state == null) {
                    continue;
                }
                int count = open.computeIfAbsent(state.agentId(), store::countOpen);
                candidates.add(new RoutingPolicy.Candidate(
                        state.agentId(),
                        member.languages(),
                        count,
                        state.chatCapacity(),
                        otherOpen.getOrDefault(state.agentId(), 0),
                        state.lastAssignedAt()));
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
                    Availability s = online.get(agent.id());
                    online.put(
                            agent.id(),
                            new Availability(
                                    s.agentId(),
                                    s.presence(),
                                    s.ticketCapacity(),
                                    s.chatCapacity(),
                                    now(),
                                    s.disconnectedAt()));
                } else {
                    open.remove(agent.id());
                }
            });
        }
    }

    /** Open work of the other channels (tickets) per agent: ties between equally busy chat agents go to the freer. */
    private Map<Long, Integer> otherWork(Set<Long> agentIds) {
        Map<Long, Integer> total = new HashMap<>();
        for (Workload w : workloads) {
            if (!ChatWorkload.KIND.equals(w.kind())) {
                w.open(agentIds).forEach((agent, n) -> total.merge(agent, n, Integer::sum));
            }
        }
        return total;
    }

    /** In the caller's transaction: gives a still-queued chat to an agent if they are online with free capacity. */
    private boolean assignIfFree(long conversationId, AgentRef agent, String reason) {
        Availability state = presence.lock(agent.id()).orElse(null);
        if (state == null || !state.online() || store.countOpen(agent.id()) >= state.chatCapacity()) {
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
        Availability state = presence.lock(agent.id()).orElse(null);
        if (state == null || !state.online()) {
            throw new InvalidInputException("agentId", agent.name() + " is not online for chats");
        }
        int open = store.countOpen(agent.id()) - (agent.id() == (c.agentId() == null ? -1 : c.agentId()) ? 1 : 0);
        if (open >= state.chatCapacity()) {
            throw new ConflictException("agent_at_capacity", agent.name() + " already has " + open + " chats.");
        }
        give(c, agent, reason);
    }

    private void give(Conversation c, AgentRef agent, String reason) {
        Instant now = now();
        store.assign(c.id(), agent.id(), now);
        presence.markAssigned(agent.id(), now);
        tickets.update(c.ticketId(), TicketChanges.ofAssignee(agent.id()), null, Actor.SYSTEM);
        Assignment assignment = new Assignment(c.id(), agent, reason);
        // on another thread: code run in afterCommit would still join the finished transaction
        ChatBroadcaster.afterCommit(() -> worker.execute(() -> onAssigned.accept(assignment)));
    }

    // ---- presence

    public List<Availability> states() {
        return presence.all();
    }

    /** Whether any agent who could take a chat of this team is online now. */
    public boolean anyoneOnline(Long teamId) {
        Set<Long> online = presence.online().stream().map(Availability::agentId).collect(Collectors.toSet());
        return !online.isEmpty()
                && directory.routable(teamId).stream()
                        .anyMatch(r -> online.contains(r.agent().id()));
    }

    public Availability presence(long agentId) {
        return presence.get(agentId);
    }

    /** Sets an agent's presence and chat capacity; going offline puts their open chats back in the queue. */
    public Availability setPresence(long agentId, String presence, Integer capacity, Actor actor) {
        Availability result = this.presence.set(agentId, presence, null, capacity, actor);
        routeSoon();
        return result;
    }

    /** In the transaction of the change, wherever it was made: an agent who went offline leaves the queue their chats. */
    @EventListener
    void on(AgentPresenceChanged event) {
        if ("offline".equals(event.to())) {
            requeueChatsOf(event.agentId());
        }
        if ("online".equals(event.to())) {
            routeSoon();
        }
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
            routeSoon();
        }
    }

    private volatile Consumer<List<Long>> requeuedListener = ids -> {};

    public void onRequeued(Consumer<List<Long>> listener) {
        this.requeuedListener = listener;
    }

    /** The agent's last console went away; after the grace period they count as offline. */
    public void consoleDisconnected(long agentId) {
        presence.markDisconnected(agentId, now());
    }

    public void consoleConnected(long agentId) {
        presence.markDisconnected(agentId, null);
    }

    void expireDisconnected() {
        Instant limit = now().minus(properties.disconnectGrace());
        for (Availability state : presence.all()) {
            if (!"offline".equals(state.presence())
                    && state.disconnectedAt() != null
                    && state.disconnectedAt().isBefore(limit)) {
                log.info(
                        "agent {} has had no chat console for {}; marking offline",
                        state.agentId(),
                        properties.disconnectGrace());
                setPresence(state.agentId(), "offline", null, Actor.SYSTEM);
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
