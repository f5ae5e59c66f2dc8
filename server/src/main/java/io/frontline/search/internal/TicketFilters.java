package io.frontline.search.internal;

import io.frontline.customers.CustomerDirectory;
import io.frontline.customers.CustomerRef;
import io.frontline.customers.OrganizationView;
import io.frontline.customers.Organizations;
import io.frontline.identity.AgentRef;
import io.frontline.identity.CurrentAgent;
import io.frontline.identity.Directory;
import io.frontline.identity.TeamRef;
import io.frontline.kernel.InvalidInputException;
import io.frontline.search.ResultType;
import io.frontline.search.internal.SearchQuery.Filter;
import io.frontline.search.internal.SearchQuery.Operator;
import io.frontline.tickets.Channel;
import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * Turns the filters of a query into predicates on the ticket index, resolving names and emails to ids. A filter naming
 * an agent, team, customer or organization that does not exist matches no ticket; a malformed value is refused.
 */
@Component
public class TicketFilters {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

    private final Directory directory;
    private final CustomerDirectory customers;
    private final Organizations organizations;

    TicketFilters(Directory directory, CustomerDirectory customers, Organizations organizations) {
        this.directory = directory;
        this.customers = customers;
        this.organizations = organizations;
    }

    public List<SearchPredicate> predicates(SearchQuery query, SearchSession session) {
        SearchPredicateFactory f = session.scope(Object.class, "Ticket").predicate();
        List<SearchPredicate> predicates = new ArrayList<>();
        for (Filter filter : query.filters()) {
            SearchPredicate predicate = switch (filter.key()) {
                case "status" ->
                    f.terms()
                            .field("status")
                            .matchingAny(values(filter, TicketStatus.class))
                            .toPredicate();
                case "priority" ->
                    f.terms()
                            .field("priority")
                            .matchingAny(values(filter, Priority.class))
                            .toPredicate();
                case "channel" ->
                    f.terms()
                            .field("channel")
                            .matchingAny(values(filter, Channel.class))
                            .toPredicate();
                case "type" -> ticketType(f, filter);
                case "tag" ->
                    f.terms()
                            .field("tags")
                            .matchingAny(list(filter).stream()
                                    .map(t -> t.toLowerCase(Locale.ROOT))
                                    .toList())
                            .toPredicate();
                case "assignee" -> assignee(f, filter);
                case "team" -> idOrNone(f, "teamId", team(filter.value()).map(TeamRef::id));
                case "requester" -> idOrNone(f, "requesterId", requester(filter.value()));
                case "organization" -> organization(f, filter.value(), session);
                case "created" -> range(f, "createdAt", filter);
                case "updated" -> range(f, "updatedAt", filter);
                default -> throw new IllegalStateException("unplanned filter " + filter.key());
            };
            if (predicate != null) {
                predicates.add(predicate);
            }
        }
        return predicates;
    }

    /** {@code type:} names a ticket type, or one of the result kinds, which the caller handles. */
    private SearchPredicate ticketType(SearchPredicateFactory f, Filter filter) {
        if (ResultType.of(filter.value()).isPresent()) {
            return null;
        }
        return f.terms()
                .field("type")
                .matchingAny(values(filter, TicketType.class))
                .toPredicate();
    }

    private SearchPredicate assignee(SearchPredicateFactory f, Filter filter) {
        String value = filter.value().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "none" -> f.not(f.exists().field("assigneeId")).toPredicate();
            case "me" -> idOrNone(f, "assigneeId", CurrentAgent.get().map(a -> a.id()));
            default -> idOrNone(f, "assigneeId", agent(value).map(AgentRef::id));
        };
    }

    private Optional<AgentRef> agent(String value) {
        return NUMBER.matcher(value).matches() ? directory.agent(Long.parseLong(value)) : directory.agentByEmail(value);
    }

    private Optional<TeamRef> team(String value) {
        if (NUMBER.matcher(value).matches()) {
            return directory.team(Long.parseLong(value));
        }
        return directory.teamByName(value);
    }

    private Optional<Long> requester(String value) {
        if (NUMBER.matcher(value).matches()) {
            return Optional.of(Long.parseLong(value));
        }
        if (!value.contains("@")) {
            throw new InvalidInputException("q", "requester: takes an email address or a customer id");
        }
        return customers.findByEmail(value).map(CustomerRef::id);
    }

    /** By id, by email domain, or by the words of its name. */
    private SearchPredicate organization(SearchPredicateFactory f, String value, SearchSession session) {
        if (NUMBER.matcher(value).matches()) {
            return f.match()
                    .field("organizationId")
                    .matching(Long.parseLong(value))
                    .toPredicate();
        }
        Set<Long> ids = new TreeSet<>();
        if (value.contains(".") && !value.contains(" ")) {
            organizations.byDomain(value).map(OrganizationView::id).ifPresent(ids::add);
        }
        if (ids.isEmpty()) {
            SearchScope<Object> scope = session.scope(Object.class, "Organization");
            SearchPredicateFactory o = scope.predicate();
            session.search(scope)
                    .select(p -> p.id(Long.class))
                    .where(o.and(
                                    o.not(o.exists().field("mergedIntoId")),
                                    o.match()
                                            .fields("name", "domains")
                                            .matching(value)
                                            .minimumShouldMatchPercent(100))
                            .toPredicate())
                    .fetchHits(50)
                    .forEach(ids::add);
        }
        return ids.isEmpty()
                ? f.matchNone().toPredicate()
                : f.terms().field("organizationId").matchingAny(ids).toPredicate();
    }

    private static SearchPredicate idOrNone(SearchPredicateFactory f, String field, Optional<Long> id) {
        return id.map(v -> f.match().field(field).matching(v).toPredicate())
                .orElseGet(() -> f.matchNone().toPredicate());
    }

    private static SearchPredicate range(SearchPredicateFactory f, String field, Filter filter) {
        Instant at = instant(filter);
        return filter.operator() == Operator.AFTER
                ? f.range().field(field).atLeast(at).toPredicate()
                : f.range().field(field).lessThan(at).toPredicate();
    }

    /** A day ({@code 2026-01-01}, from its start in UTC) or an instant with offset ({@code 2026-01-01T09:00:00+01:00}). */
    static Instant instant(Filter filter) {
        String value = filter.value();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "q", filter.typed() + " takes a date like 2026-01-31 or a time like 2026-01-31T09:00:00Z");
        }
    }

    private static List<String> list(Filter filter) {
        return Arrays.stream(filter.value().split(","))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    static <E extends Enum<E>> List<E> values(Filter filter, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String value : list(filter)) {
            String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                values.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        "q",
                        filter.typed() + " does not know \"" + value + "\"; use one of "
                                + String.join(
                                        ", ",
                                        Arrays.stream(type.getEnumConstants())
                                                .map(c -> c.name().toLowerCase(Locale.ROOT))
                                                .toList()));
            }
        }
        if (values.isEmpty()) {
            throw new InvalidInputException("q", filter.typed() + " needs a value");
        }
        return values;
    }
}
