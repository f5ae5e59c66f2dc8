package io.frontline.automation.internal;

import io.frontline.automation.RoutingMode;
import io.frontline.automation.internal.RoutingSettingsStore.Assignment;
import io.frontline.automation.internal.RoutingSettingsStore.Setting;
import io.frontline.customers.CustomerDirectory;
import io.frontline.customers.CustomerRef;
import io.frontline.identity.AgentPresence;
import io.frontline.identity.AgentPresenceChanged;
import io.frontline.identity.AgentRef;
import io.frontline.identity.Availability;
import io.frontline.identity.Directory;
import io.frontline.identity.RoutingPolicy;
import io.frontline.identity.RoutingPolicy.Candidate;
import io.frontline.identity.RoutingPolicy.Need;
import io.frontline.identity.Workload;
import io.frontline.kernel.Actor;
import io.frontline.kernel.AfterCommit;
import io.frontline.kernel.CoalescingPass;
import io.frontline.tickets.Channel;
import io.frontline.tickets.TicketChanges;
import io.frontline.tickets.TicketEvents;
import io.frontline.tickets.TicketQuery;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Routes the tickets of teams with automatic routing: an unassigned new or open ticket of such a team goes to an agent
 * of the team who is online, below their ticket capacity and (as the team's rules say) speaks the requester's language
 * and knows the ticket's product, chosen by {@link RoutingPolicy}. A ticket nobody can take waits, unassigned, in the
 * team's queue until someone comes online or frees capacity. When an agent goes away or offline, the tickets routing
 * gave them and they have not answered go back to the queue; a ticket assigned by hand is never taken back.
 *
 * <p>Runs after every change that can need or free an agent, and on a timer (see {@code AutomationJobs}) for what
 * changed elsewhere. Capacity holds across threads and nodes because the agent's presence row is locked while their
 * tickets are counted and the ticket is assigned.
 */
@Component
public class TicketRouter {

    /** Who routing's changes are recorded as in a ticket's history. */
    public static final Actor ROUTING = new Actor(Actor.Type.AUTOMATION, null, "Routing");

    private static final Logger log = LoggerFactory.getLogger(TicketRouter.class);
    private static final int BATCH = 200;
    private static final Set<Channel> ROUTED_CHANNELS = EnumSet.complementOf(EnumSet.of(Channel.CHAT));

    private final RoutingSettingsStore settings;
    private final Tickets tickets;
    private final TicketWorkload ticketLoad;
    private final List<Workload> workloads;
    private final AgentPresence presence;
    private final Directory directory;
    private final CustomerDirectory customers;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final CoalescingPass passes = new CoalescingPass("ticket routing", this::routeOnce);
    private final ExecutorService worker = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean anyRouted = true;
    private volatile Instant anyRoutedReadAt = Instant.EPOCH;

    TicketRouter(
            RoutingSettingsStore settings,
            Tickets tickets,
            TicketWorkload ticketLoad,
            List<Workload> workloads,
            AgentPresence presence,
            Directory directory,
            CustomerDirectory customers,
            TransactionTemplate tx,
            Clock clock) {
        this.settings = settings;
        this.tickets = tickets;
        this.ticketLoad = ticketLoad;
        this.workloads = workloads;
        this.presence = presence;
        this.directory = directory;
        this.customers = customers;
        this.tx = tx;
        this.clock = clock;
    }

    // ---- when to route

    @EventListener
    void on(TicketEvents.TicketOpened event) {
        if (anyRouted()) {
            routeSoon();
        }
    }

    @EventListener
    void on(TicketEvents.TicketChanged event) {
        if (event.actor().equals(ROUTING)) {
            return;
        }
        boolean assigneeChanged = false;
        boolean relevant = false;
        for (TicketEvents.Change change : event.changes()) {
            switch (change.field()) {
                case "assigneeId" -> {
                    assigneeChanged = true;
                    relevant = true;
                }
                case "teamId", "status" -> relevant = true;
                default -> {}
            }
        }
        if (assigneeChanged) {
            // assigned or unassigned by hand: routing no longer answers for this ticket
            settings.forget(event.ticketId());
        }
        if (relevant && anyRouted()) {
            routeSoon();
        }
    }

    /** In the transaction of the presence change: who leaves gives back what they have not answered. */
    @EventListener
    void on(AgentPresenceChanged event) {
        if ("online".equals(event.to())) {
            if (anyRouted()) {
                routeSoon();
            }
        } else if ("online".equals(event.from())) {
            requeue(event.agentId(), event.to());
        }
    }

    /** Routes soon on another thread, once the caller's transaction has committed. */
    public void routeSoon() {
        AfterCommit.run(() -> worker.execute(this::route));
    }

    /** Settings changed: whether any team routes at all is read again. */
    public void reload() {
        anyRouted = !settings.routed().isEmpty();
        anyRoutedReadAt = clock.instant();
    }

    /**
     * Whether any team routes, so that events cost nothing while none does; read again every few seconds, since
     * another node may have changed the settings.
     */
    private boolean anyRouted() {
        if (anyRoutedReadAt.isBefore(clock.instant().minusSeconds(10))) {
            reload();
        }
        return anyRouted;
    }

    // ---- routing

    /** Assigns as many waiting tickets as agents can take now. Concurrent calls coalesce into one more pass. */
    public void route() {
        passes.request();
    }

    /** One full pass now, waiting for a pass already running elsewhere in this node to finish first. */
    public void routeNow() {
        passes.runNow();
    }

    private void routeOnce() {
        List<Setting> teams = settings.routed();
        anyRouted = !teams.isEmpty();
        anyRoutedReadAt = clock.instant();
        if (teams.isEmpty()) {
            return;
        }
        Map<Long, Availability> online =
                presence.online().stream().collect(Collectors.toMap(Availability::agentId, a -> a));
        if (online.isEmpty()) {
            return;
        }
        Map<Long, Integer> open = new HashMap<>();
        Map<Long, Integer> chats = otherWork(online.keySet());
        for (Setting team : teams) {
            List<TicketView> waiting = waiting(team.teamId());
            if (waiting.isEmpty()) {
                continue;
            }
            List<Directory.Routable> members = directory.routable(team.teamId()).stream()
                    .filter(m -> online.containsKey(m.agent().id()))
                    .toList();
            if (members.isEmpty()) {
                continue;
            }
            Set<String> products =
                    members.stream().flatMap(m -> m.products().stream()).collect(Collectors.toSet());
            Map<Long, CustomerRef> requesters =
                    customers.find(waiting.stream().map(t -> t.requester().id()).collect(Collectors.toSet()));
            for (TicketView ticket : waiting) {
                List<Candidate> candidates = new ArrayList<>();
                for (Directory.Routable m : members) {
                    Availability a = online.get(m.agent().id());
                    candidates.add(new Candidate(
                            a.agentId(),
                            m.languages(),
                            m.products(),
                            open.computeIfAbsent(a.agentId(), ticketLoad::count),
                            a.ticketCapacity(),
                            chats.getOrDefault(a.agentId(), 0),
                            a.lastAssignedAt()));
                }
                Need need = need(ticket, requesters.get(ticket.requester().id()), products, team);
                var chosen = RoutingPolicy.choose(candidates, need, policyMode(team.mode()));
                if (chosen.isEmpty()) {
                    continue;
                }
                long agentId = chosen.get().agentId();
                AgentRef agent = members.stream()
                        .map(Directory.Routable::agent)
                        .filter(r -> r.id() == agentId)
                        .findFirst()
                        .orElseThrow();
                String reason = reason(team, candidates, chosen.get(), need);
                Instant now = now();
                boolean assigned;
                try {
                    assigned = assign(ticket.id(), team.teamId(), agent, reason, now);
                } catch (RuntimeException e) {
                    // the ticket changed meanwhile (or cannot take an assignee); the next pass sees it as it is now
                    log.debug("routing ticket {} to agent {} failed: {}", ticket.id(), agentId, e.toString());
                    assigned = false;
                }
                if (assigned) {
                    open.merge(agentId, 1, Integer::sum);
                    Availability a = online.get(agentId);
                    online.put(
                            agentId,
                            new Availability(
                                    agentId,
                                    a.presence(),
                                    a.ticketCapacity(),
                                    a.chatCapacity(),
                                    now,
                                    a.disconnectedAt()));
                } else {
                    open.remove(agentId);
                }
            }
        }
    }

    /**
     * The team's unassigned new and open tickets, oldest first. Chats are not among them: the chat router gives a chat
     * (and so its ticket) to an agent with the same policy and presence.
     */
    private List<TicketView> waiting(long teamId) {
        return tickets.list(new TicketQuery(
                        TicketWorkload.OPEN,
                        TicketQuery.UNASSIGNED,
                        teamId,
                        null,
                        null,
                        Set.of(),
                        null,
                        ROUTED_CHANNELS,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        TicketQuery.Sort.CREATED_ASC,
                        null,
                        BATCH))
                .items();
    }

    /** {@link #assignIfFree} in a transaction of its own. */
    boolean assign(long ticketId, long teamId, AgentRef agent, String reason, Instant now) {
        return Boolean.TRUE.equals(tx.execute(s -> assignIfFree(ticketId, teamId, agent, reason, now)));
    }

    /**
     * In the caller's transaction: gives a still waiting ticket to the agent if they are still online with room. The
     * agent's presence row stays locked until commit, so a concurrent pass counts this ticket before deciding.
     */
    private boolean assignIfFree(long ticketId, long teamId, AgentRef agent, String reason, Instant now) {
        Availability state = presence.lock(agent.id()).orElse(null);
        if (state == null || !state.online() || ticketLoad.count(agent.id()) >= state.ticketCapacity()) {
            return false;
        }
        TicketView ticket = tickets.get(ticketId);
        if (ticket.assigneeId() != null
                || ticket.channel() == Channel.CHAT
                || ticket.teamId() == null
                || ticket.teamId() != teamId
                || !TicketWorkload.OPEN.contains(ticket.status())) {
            return false;
        }
        tickets.update(ticketId, TicketChanges.ofAssignee(agent.id()), ticket.version(), ROUTING);
        tickets.recordChannelEvent(ticketId, "routed", "assigneeId", reason, ROUTING);
        settings.recordAssignment(ticketId, agent.id(), teamId, now);
        presence.markAssigned(agent.id(), now);
        return true;
    }

    /**
     * In the caller's transaction: the tickets routing gave the agent and they have not answered since go back,
     * unassigned, to their team's queue; answered ones stay theirs.
     */
    private void requeue(long agentId, String presenceNow) {
        String name = directory.agent(agentId).map(AgentRef::name).orElse("The agent");
        boolean any = false;
        for (Assignment a : settings.assignmentsOf(agentId)) {
            settings.forget(a.ticketId());
            TicketView ticket;
            try {
                ticket = tickets.get(a.ticketId());
            } catch (RuntimeException gone) {
                continue;
            }
            boolean answered = ticket.lastAgentReplyAt() != null
                    && !ticket.lastAgentReplyAt().isBefore(a.assignedAt());
            if (ticket.assigneeId() == null
                    || ticket.assigneeId() != agentId
                    || answered
                    || !TicketWorkload.OPEN.contains(ticket.status())) {
                continue;
            }
            tickets.update(a.ticketId(), TicketChanges.ofAssignee(null), null, ROUTING);
            tickets.recordChannelEvent(
                    a.ticketId(),
                    "routing_requeued",
                    "assigneeId",
                    name + " went " + presenceNow + " before answering; back in the team's queue",
                    ROUTING);
            any = true;
        }
        if (any) {
            routeSoon();
        }
    }

    private Map<Long, Integer> otherWork(Set<Long> agentIds) {
        Map<Long, Integer> total = new HashMap<>();
        for (Workload w : workloads) {
            if (!TicketWorkload.KIND.equals(w.kind())) {
                w.open(agentIds).forEach((agent, n) -> total.merge(agent, n, Integer::sum));
            }
        }
        return total;
    }

    static Need need(TicketView ticket, CustomerRef requester, Set<String> knownProducts, Setting team) {
        String language = requester == null || requester.language() == null
                ? null
                : requester.language().strip().toLowerCase(Locale.ROOT);
        Set<String> products = new HashSet<>(ticket.tags());
        products.retainAll(knownProducts);
        return new Need(
                language == null || language.isEmpty() ? null : language,
                team.languageRule(),
                products,
                team.productRule());
    }

    static RoutingPolicy.Mode policyMode(RoutingMode mode) {
        return mode == RoutingMode.ROUND_ROBIN ? RoutingPolicy.Mode.ROUND_ROBIN : RoutingPolicy.Mode.LEAST_LOADED;
    }

    /** Why this agent, in words for the ticket's history. */
    static String reason(Setting team, List<Candidate> candidates, Candidate chosen, Need need) {
        long withRoom = candidates.stream().filter(Candidate::hasRoom).count();
        StringBuilder why = new StringBuilder(team.mode() == RoutingMode.ROUND_ROBIN ? "round robin" : "least loaded");
        why.append(": ")
                .append(withRoom)
                .append(withRoom == 1 ? " online agent" : " online agents")
                .append(" with room; ")
                .append(chosen.open())
                .append('/')
                .append(chosen.capacity())
                .append(" open tickets");
        if (need.language() != null && chosen.languages().contains(need.language())) {
            why.append("; speaks ").append(need.language());
        }
        List<String> products = need.products().stream()
                .filter(chosen.products()::contains)
                .sorted()
                .toList();
        if (!products.isEmpty()) {
            why.append("; knows ").append(String.join(", ", products));
        }
        return why.toString();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @PreDestroy
    void close() {
        worker.shutdown();
    }
}
