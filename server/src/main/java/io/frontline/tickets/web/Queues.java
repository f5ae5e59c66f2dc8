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
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The built-in views and the custom ones an agent may see: their tickets, page by page, and their badge counts. */
@Component
class Queues {

    /** Badges count up to this many tickets and then show "99+": a bounded index scan, never a full count. */
    static final int COUNT_CAP = 100;

    private static final String TEAMS_ATTRIBUTE = Queues.class.getName() + ".teams.";

    record Queue(String key, String labelKey, String name, ViewFilter filter, SavedView saved) {}

    /** A view in the navigation; {@code count} is null until the badges are counted. */
    record NavItem(String key, String labelKey, String name, String count) {}

    /** {@code counted} false: the page shows the views at once and fetches their badges right after it loaded. */
    record Navigation(List<NavItem> builtIn, List<NavItem> custom, boolean counted) {}

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

    /**
     * The agent's teams, read once per request: a workspace page needs them for its list and again for the navigation
     * badges, and each reading is several queries.
     */
    List<Long> teamsOf(AgentPrincipal agent) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = TEAMS_ATTRIBUTE + agent.id();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof TeamIds known) {
            return known.ids();
        }
        List<Long> teams = identity.agent(agent.id()).teamIds();
        if (request != null) {
            request.setAttribute(key, new TeamIds(teams), RequestAttributes.SCOPE_REQUEST);
        }
        return teams;
    }

    private record TeamIds(List<Long> ids) {}

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

    /** The views with their badge counts: the navigation fragment, fetched after a page loaded and on live changes. */
    @Transactional(readOnly = true)
    public Navigation navigation(AgentPrincipal agent) {
        return navigation(agent, true);
    }

    /**
     * The views without their counts, for a full page: counting every view is most of a page's database work, and
     * the list the agent opened the page for should not wait for the badges beside it.
     */
    @Transactional(readOnly = true)
    public Navigation links(AgentPrincipal agent) {
        return navigation(agent, false);
    }

    private Navigation navigation(AgentPrincipal agent, boolean counted) {
        List<Long> myTeams = teamsOf(agent);
        Function<Queue, NavItem> item = queue ->
                new NavItem(queue.key(), queue.labelKey(), queue.name(), counted ? count(queue.filter(), agent) : null);
        return new Navigation(
                builtIn(myTeams).stream().map(item).toList(),
                custom(agent, myTeams).stream().map(item).toList(),
                counted);
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

    /** A view, one page of its tickets and its count, read in one transaction. */
    record Listing(Queue queue, Page<TicketView> page, String count) {}

    @Transactional(readOnly = true)
    public Listing listing(String key, AgentPrincipal agent, String cursor, int limit) {
        Queue queue = find(key, agent);
        return new Listing(queue, page(queue.filter(), agent, cursor, limit), count(queue.filter(), agent));
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
