package io.frontline.tickets.web;

import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.IdentityAdmin;
import io.frontline.kernel.NotFoundException;
import io.frontline.tickets.Page;
import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketQuery;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import io.frontline.tickets.internal.SavedView;
import io.frontline.tickets.internal.SavedViewRepository;
import io.frontline.tickets.internal.TicketFinder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The built-in views and the custom ones an agent may see: their tickets, page by page, and their badge counts. */
@Component
class Queues {

    /** Badges count up to this many tickets and then show "99+": a bounded index scan, never a full count. */
    static final int COUNT_CAP = 100;

    record Queue(String key, String labelKey, String name, ViewFilter filter, SavedView saved) {}

    record NavItem(String key, String labelKey, String name, String count) {}

    record Navigation(List<NavItem> builtIn, List<NavItem> custom) {}

    private final Tickets tickets;
    private final TicketFinder finder;
    private final SavedViewRepository savedViews;
    private final IdentityAdmin identity;
    private final Clock clock;

    Queues(Tickets tickets, TicketFinder finder, SavedViewRepository savedViews, IdentityAdmin identity, Clock clock) {
        this.tickets = tickets;
        this.finder = finder;
        this.savedViews = savedViews;
        this.identity = identity;
        this.clock = clock;
    }

    List<Long> teamsOf(AgentPrincipal agent) {
        return identity.agent(agent.id()).teamIds();
    }

    List<Queue> builtIn(List<Long> myTeams) {
        LocalDate weekAgo = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(7);
        return List.of(
                new Queue(
                        "mine",
                        "view.mine",
                        null,
                        ViewFilter.of(ViewFilter.ACTIVE).withAssignee("me"),
                        null),
                new Queue(
                        "unassigned",
                        "view.unassigned",
                        null,
                        ViewFilter.of(ViewFilter.ACTIVE).withAssignee("none").withTeams(myTeams),
                        null),
                new Queue(
                        "open",
                        "view.open",
                        null,
                        ViewFilter.of(EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN)),
                        null),
                new Queue("pending", "view.pending", null, ViewFilter.of(EnumSet.of(TicketStatus.PENDING)), null),
                new Queue("on-hold", "view.onHold", null, ViewFilter.of(EnumSet.of(TicketStatus.ON_HOLD)), null),
                new Queue(
                        "solved",
                        "view.solved",
                        null,
                        ViewFilter.of(EnumSet.of(TicketStatus.SOLVED))
                                .withUpdated(
                                        new ViewFilter.Dates(weekAgo, null, null, null), TicketQuery.Sort.UPDATED_DESC),
                        null),
                new Queue(
                        "urgent",
                        "view.urgent",
                        null,
                        ViewFilter.of(ViewFilter.ACTIVE).withPriorities(EnumSet.of(Priority.URGENT, Priority.HIGH)),
                        null));
    }

    @Transactional(readOnly = true)
    public List<Queue> custom(AgentPrincipal agent, List<Long> myTeams) {
        List<Long> teams = myTeams.isEmpty() ? List.of(-1L) : myTeams;
        return savedViews.visibleTo(agent.id(), teams).stream()
                .map(v -> new Queue("v" + v.getId(), null, v.getName(), ViewFilter.fromJson(v.getFilters()), v))
                .toList();
    }

    Queue find(String key, AgentPrincipal agent) {
        List<Long> myTeams = teamsOf(agent);
        return builtIn(myTeams).stream()
                .filter(q -> q.key().equals(key))
                .findFirst()
                .or(() -> custom(agent, myTeams).stream()
                        .filter(q -> q.key().equals(key))
                        .findFirst())
                .orElseThrow(() -> new NotFoundException("View", key));
    }

    Navigation navigation(AgentPrincipal agent) {
        List<Long> myTeams = teamsOf(agent);
        return new Navigation(
                builtIn(myTeams).stream().map(q -> item(q, agent)).toList(),
                custom(agent, myTeams).stream().map(q -> item(q, agent)).toList());
    }

    private NavItem item(Queue queue, AgentPrincipal agent) {
        return new NavItem(queue.key(), queue.labelKey(), queue.name(), count(queue.filter(), agent));
    }

    /** A badge: the exact number up to 99, "99+" beyond. Several teams are counted as a union of ids. */
    @Transactional(readOnly = true)
    public String count(ViewFilter filter, AgentPrincipal agent) {
        List<TicketQuery> queries = filter.queries(agent.id(), clock.instant(), null, COUNT_CAP);
        int total = 0;
        for (TicketQuery query : queries) {
            total += finder.countUpTo(query, COUNT_CAP);
            if (total >= COUNT_CAP) {
                break;
            }
        }
        return total >= COUNT_CAP ? (COUNT_CAP - 1) + "+" : String.valueOf(total);
    }

    /** One page of a view; several team queries are merged in sort order and continue from one shared cursor. */
    Page<TicketView> page(ViewFilter filter, AgentPrincipal agent, String cursor, int limit) {
        List<TicketQuery> queries = filter.queries(agent.id(), clock.instant(), cursor, limit);
        if (queries.size() == 1) {
            return tickets.list(queries.getFirst());
        }
        TicketQuery.Sort sort = filter.sortOrDefault();
        List<TicketView> merged = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        boolean more = false;
        for (TicketQuery query : queries) {
            Page<TicketView> part = tickets.list(query);
            more |= part.nextCursor() != null;
            part.items().stream().filter(t -> seen.add(t.id())).forEach(merged::add);
        }
        merged.sort(order(sort));
        if (merged.size() > limit) {
            merged = merged.subList(0, limit);
            more = true;
        }
        String next = null;
        if (more && !merged.isEmpty()) {
            TicketView last = merged.getLast();
            next = TicketFinder.cursorAfter(sort, sort.key(last), last.id());
        }
        return new Page<>(List.copyOf(merged), next);
    }

    private static Comparator<TicketView> order(TicketQuery.Sort sort) {
        Comparator<TicketView> ascending = Comparator.comparing(sort::key).thenComparingLong(TicketView::id);
        return sort.descending() ? ascending.reversed() : ascending;
    }

    @Transactional
    public SavedView save(Long id, String name, Long teamId, ViewFilter filter, AgentPrincipal agent) {
        if (id == null) {
            return savedViews.save(new SavedView(name, agent.id(), teamId, filter.toJson(), clock.instant()));
        }
        SavedView view = owned(id, agent);
        view.change(name, teamId, filter.toJson(), clock.instant());
        return view;
    }

    @Transactional
    public void delete(long id, AgentPrincipal agent) {
        savedViews.delete(owned(id, agent));
    }

    @Transactional(readOnly = true)
    public SavedView owned(long id, AgentPrincipal agent) {
        return savedViews
                .findById(id)
                .filter(v -> v.getOwnerId() == agent.id())
                .orElseThrow(() -> new NotFoundException("View", id));
    }
}
