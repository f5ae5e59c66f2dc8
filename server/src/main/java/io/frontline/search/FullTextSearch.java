package io.frontline.search;

import io.frontline.kernel.InvalidInputException;
import io.frontline.search.SearchResults.CustomerHit;
import io.frontline.search.SearchResults.OrganizationHit;
import io.frontline.search.SearchResults.Section;
import io.frontline.search.SearchResults.TicketHit;
import io.frontline.search.internal.QueryParser;
import io.frontline.search.internal.SearchQuery;
import io.frontline.search.internal.SearchQuery.Filter;
import io.frontline.search.internal.TicketFilters;
import io.frontline.tickets.TicketStatus;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.highlighter.SearchHighlighter;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Searches the index: tickets by subject and by the text of every message, customers by name and addresses,
 * organizations by name and domains. Messages are documents of their own; a ticket found through its messages is
 * ranked by its best message among the {@value #MESSAGE_WINDOW} best-matching ones, which keeps a search one pass over
 * each index however long the conversations are.
 */
@Service
public class FullTextSearch {

    static final int MESSAGE_WINDOW = 500;
    /** Exact counts of a common word over millions of documents cost more than the search itself. */
    static final int COUNT_UP_TO = 1000;
    /** Tickets matching words are ranked among the best {@value} by subject, then by subject and messages together. */
    static final int CANDIDATES = 1000;

    private static final int MAX_LIMIT = 100;
    private static final int SUGGESTIONS_PER_TYPE = 5;
    private static final int SNIPPET = 180;
    private static final int WHOLE_VALUE = 1000;
    /** Fields indexed a second time as {@code <field>_prefix}, every start of every word. */
    private static final Set<String> PREFIX_TWINS = Set.of("subject", "name", "identities.value", "domains");

    private final EntityManager entityManager;
    private final TicketFilters ticketFilters;

    FullTextSearch(EntityManager entityManager, TicketFilters ticketFilters) {
        this.entityManager = entityManager;
        this.ticketFilters = ticketFilters;
    }

    /**
     * Runs a query from the search box. {@code types} limits the sections (all when empty); a {@code cursor} from an
     * earlier page continues that page's section only.
     */
    @Transactional(readOnly = true)
    public SearchResults search(String q, Set<ResultType> types, int limit, String cursor) {
        SearchQuery query = QueryParser.parse(q);
        int size = Math.clamp(limit, 1, MAX_LIMIT);
        Page page = cursor == null || cursor.isBlank() ? null : Page.decode(cursor);
        Set<ResultType> wanted = wanted(query, types, page);
        SearchSession session = Search.session(entityManager);
        Section<TicketHit> tickets = null;
        Section<CustomerHit> customers = null;
        Section<OrganizationHit> organizations = null;
        int offset = page == null ? 0 : page.offset();
        if (wanted.contains(ResultType.TICKETS)) {
            tickets = tickets(session, query, offset, size);
        }
        if (wanted.contains(ResultType.CUSTOMERS)) {
            customers = query.hasText() ? customers(session, query, offset, size) : Section.empty();
        }
        if (wanted.contains(ResultType.ORGANIZATIONS)) {
            organizations = query.hasText() ? organizations(session, query, offset, size) : Section.empty();
        }
        return new SearchResults(q == null ? "" : q.strip(), tickets, customers, organizations);
    }

    /**
     * Completions for what has been typed so far: the same query as {@link #search}, words and filters alike, over
     * subjects, names, emails and domains only, so that every suggestion is also a result of the full search.
     */
    @Transactional(readOnly = true)
    public List<Suggestion> suggest(String q, Set<ResultType> types) {
        String typed = q == null ? "" : q.strip();
        if (typed.length() > 200) {
            throw new InvalidInputException("q", "must be at most 200 characters");
        }
        SearchQuery query = QueryParser.parse(typed);
        if (!query.hasText()) {
            return List.of();
        }
        Set<ResultType> wanted = wanted(query, types, null);
        SearchSession session = Search.session(entityManager);
        List<Suggestion> suggestions = new ArrayList<>();
        if (wanted.contains(ResultType.TICKETS)) {
            List<SearchPredicate> filters = ticketFilters.predicates(query, session);
            SearchScope<Object> scope = session.scope(Object.class, "Ticket");
            SearchPredicateFactory f = scope.predicate();
            BooleanPredicateClausesStep<?, ?> where = f.bool().must(text(f, query, "subject"));
            filters.forEach(where::filter);
            session.search(scope)
                    .select(p -> p.composite()
                            .from(
                                    p.id(Long.class),
                                    p.field("subject", String.class),
                                    p.field("status", TicketStatus.class))
                            .asList())
                    .where(where.toPredicate())
                    .sort(s -> s.score().then().field("updatedAt").desc())
                    .fetchHits(SUGGESTIONS_PER_TYPE)
                    .forEach(hit -> suggestions.add(new Suggestion(
                            ResultType.TICKETS,
                            (Long) hit.get(0),
                            (String) hit.get(1),
                            "#" + hit.get(0) + " · " + ((TicketStatus) hit.get(2)).value())));
        }
        if (wanted.contains(ResultType.CUSTOMERS)) {
            SearchScope<Object> scope = session.scope(Object.class, "Customer");
            SearchPredicateFactory f = scope.predicate();
            session.search(scope)
                    .select(p -> p.composite()
                            .from(
                                    p.id(Long.class),
                                    p.field("name", String.class),
                                    p.field("identities.value", String.class).list())
                            .asList())
                    .where(f.and(notMerged(f), text(f, query, "name", "identities.value"))
                            .toPredicate())
                    .fetchHits(SUGGESTIONS_PER_TYPE)
                    .forEach(hit -> {
                        List<String> identities = strings(hit.get(2));
                        String name = (String) hit.get(1);
                        String first = identities.isEmpty() ? null : identities.getFirst();
                        suggestions.add(new Suggestion(
                                ResultType.CUSTOMERS, (Long) hit.get(0), name == null ? first : name, first));
                    });
        }
        if (wanted.contains(ResultType.ORGANIZATIONS)) {
            SearchScope<Object> scope = session.scope(Object.class, "Organization");
            SearchPredicateFactory f = scope.predicate();
            session.search(scope)
                    .select(p -> p.composite()
                            .from(
                                    p.id(Long.class),
                                    p.field("name", String.class),
                                    p.field("domains", String.class).list())
                            .asList())
                    .where(f.and(notMerged(f), text(f, query, "name", "domains"))
                            .toPredicate())
                    .fetchHits(SUGGESTIONS_PER_TYPE)
                    .forEach(hit -> {
                        List<String> domains = strings(hit.get(2));
                        suggestions.add(new Suggestion(
                                ResultType.ORGANIZATIONS,
                                (Long) hit.get(0),
                                (String) hit.get(1),
                                domains.isEmpty() ? null : String.join(", ", domains)));
                    });
        }
        return suggestions;
    }

    private static Set<ResultType> wanted(SearchQuery query, Set<ResultType> types, Page page) {
        Set<ResultType> wanted = types.isEmpty() ? EnumSet.allOf(ResultType.class) : EnumSet.copyOf(types);
        Set<ResultType> typed = EnumSet.noneOf(ResultType.class);
        boolean ticketFilter = false;
        for (Filter filter : query.filters()) {
            var kind = filter.key().equals("type")
                    ? ResultType.of(filter.value())
                    : java.util.Optional.<ResultType>empty();
            if (kind.isPresent()) {
                typed.add(kind.get());
            } else {
                ticketFilter = true;
            }
        }
        if (!typed.isEmpty()) {
            wanted.retainAll(typed);
        }
        if (ticketFilter) {
            wanted.retainAll(Set.of(ResultType.TICKETS));
        }
        if (page != null) {
            wanted.retainAll(Set.of(page.type()));
        }
        return wanted;
    }

    private Section<TicketHit> tickets(SearchSession session, SearchQuery query, int offset, int size) {
        List<SearchPredicate> filters = ticketFilters.predicates(query, session);
        if (!query.hasText()) {
            return filters.isEmpty() ? Section.empty() : ticketsByFilters(session, filters, offset, size);
        }
        SearchScope<Object> scope = session.scope(Object.class, "Ticket");
        SearchPredicateFactory f = scope.predicate();
        Map<Long, Float> fromMessages = ticketsByMessages(session, query);
        float messageBoost = fromMessages.values().stream().max(Float::compare).orElse(1f);
        BooleanPredicateClausesStep<?, ?> text = f.bool();
        text.should(text(f, query, "subject").boost(2f));
        if (!fromMessages.isEmpty()) {
            text.should(
                    f.id().matchingAny(fromMessages.keySet()).constantScore().boost(messageBoost));
        }
        BooleanPredicateClausesStep<?, ?> where = f.bool().must(text);
        filters.forEach(where::filter);
        SearchResult<List<?>> candidates = session.search(scope)
                .select(p -> p.composite().from(p.id(Long.class), p.score()).asList())
                .where(where.toPredicate())
                .sort(s -> s.score().then().field("updatedAt").desc())
                .totalHitCountThreshold(COUNT_UP_TO)
                .fetch(CANDIDATES);
        List<Map.Entry<Long, Float>> ranked = new ArrayList<>();
        for (List<?> hit : candidates.hits()) {
            long id = (Long) hit.get(0);
            Float message = fromMessages.get(id);
            float subject = (Float) hit.get(1) - (message == null ? 0 : messageBoost);
            ranked.add(Map.entry(id, subject + (message == null ? 0 : message)));
        }
        ranked.sort(Map.Entry.<Long, Float>comparingByValue().reversed());
        List<Map.Entry<Long, Float>> page =
                ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + size, ranked.size()));
        List<Long> ids = page.stream().map(Map.Entry::getKey).toList();
        Map<Long, List<?>> shown = new HashMap<>();
        if (!ids.isEmpty()) {
            session.search(scope)
                    .select(p -> p.composite()
                            .from(
                                    p.id(Long.class),
                                    p.field("subject", String.class),
                                    p.field("status", TicketStatus.class),
                                    p.highlight("subject"))
                            .asList())
                    .where(highlighted(
                                    f,
                                    query,
                                    f.bool().must(f.id().matchingAny(ids)).should(text(f, query, "subject")),
                                    "subject")
                            .toPredicate())
                    .highlighter(highlighter(scope, WHOLE_VALUE))
                    .fetchHits(ids.size())
                    .forEach(hit -> shown.put((Long) hit.get(0), hit));
        }
        List<Long> withMessages = ids.stream().filter(fromMessages::containsKey).toList();
        Map<Long, String> snippets = messageSnippets(session, query, withMessages);
        List<TicketHit> items = page.stream()
                .filter(entry -> shown.containsKey(entry.getKey()))
                .map(entry -> {
                    List<?> hit = shown.get(entry.getKey());
                    String subject = (String) hit.get(1);
                    return new TicketHit(
                            entry.getKey(),
                            subject,
                            (TicketStatus) hit.get(2),
                            firstOr(hit.get(3), subject),
                            snippets.get(entry.getKey()),
                            entry.getValue());
                })
                .toList();
        boolean exact = candidates.total().isHitCountExact();
        long total = exact ? candidates.total().hitCount() : candidates.total().hitCountLowerBound();
        String next = offset + page.size() < ranked.size()
                ? new Page(ResultType.TICKETS, offset + page.size()).encode()
                : null;
        return new Section<>(total, exact, items, next);
    }

    /** Only filters: the most recently changed tickets first. */
    private static Section<TicketHit> ticketsByFilters(
            SearchSession session, List<SearchPredicate> filters, int offset, int size) {
        SearchScope<Object> scope = session.scope(Object.class, "Ticket");
        SearchPredicateFactory f = scope.predicate();
        BooleanPredicateClausesStep<?, ?> where = f.bool().must(f.matchAll());
        filters.forEach(where::filter);
        SearchResult<List<?>> result = session.search(scope)
                .select(p -> p.composite()
                        .from(p.id(Long.class), p.field("subject", String.class), p.field("status", TicketStatus.class))
                        .asList())
                .where(where.toPredicate())
                .sort(s -> s.field("updatedAt").desc())
                .totalHitCountThreshold(COUNT_UP_TO)
                .fetch(offset, size);
        List<TicketHit> items = result.hits().stream()
                .map(hit -> {
                    String subject = (String) hit.get(1);
                    return new TicketHit(
                            (Long) hit.get(0),
                            subject,
                            (TicketStatus) hit.get(2),
                            HtmlUtils.htmlEscape(subject),
                            null,
                            0f);
                })
                .toList();
        return section(ResultType.TICKETS, result, offset, items);
    }

    /** The tickets whose messages match, each with the score of its best message. */
    private static Map<Long, Float> ticketsByMessages(SearchSession session, SearchQuery query) {
        SearchScope<Object> scope = session.scope(Object.class, "Message");
        SearchPredicate text = text(scope.predicate(), query, "bodyText").toPredicate();
        Map<Long, Float> best = new LinkedHashMap<>();
        session.search(scope)
                .select(p -> p.composite()
                        .from(p.field("ticketId", Long.class), p.score())
                        .asList())
                .where(text)
                .totalHitCountThreshold(MESSAGE_WINDOW)
                .fetchHits(MESSAGE_WINDOW)
                .forEach(hit -> best.merge((Long) hit.get(0), (Float) hit.get(1), Math::max));
        return best;
    }

    /** A highlighted passage of the best-matching message of each ticket on the page. */
    private static Map<Long, String> messageSnippets(SearchSession session, SearchQuery query, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        SearchScope<Object> scope = session.scope(Object.class, "Message");
        SearchPredicateFactory f = scope.predicate();
        Map<Long, String> snippets = new HashMap<>();
        session.search(scope)
                .select(p -> p.composite()
                        .from(p.field("ticketId", Long.class), p.highlight("bodyText"))
                        .asList())
                .where(f.and(f.terms().field("ticketId").matchingAny(ids), text(f, query, "bodyText"))
                        .toPredicate())
                .highlighter(highlighter(scope, SNIPPET))
                .totalHitCountThreshold(ids.size() * 5L)
                .fetchHits(ids.size() * 5)
                .forEach(hit -> {
                    String passage = firstOr(hit.get(1), null);
                    if (passage != null) {
                        snippets.putIfAbsent((Long) hit.get(0), passage);
                    }
                });
        return snippets;
    }

    private static Section<CustomerHit> customers(SearchSession session, SearchQuery query, int offset, int size) {
        return named(
                session, query, offset, size, ResultType.CUSTOMERS, "Customer", "identities.value", CustomerHit::new);
    }

    private static Section<OrganizationHit> organizations(
            SearchSession session, SearchQuery query, int offset, int size) {
        return named(
                session,
                query,
                offset,
                size,
                ResultType.ORGANIZATIONS,
                "Organization",
                "domains",
                OrganizationHit::new);
    }

    /** A hit on a named thing: its id, name, the values of one more field (emails, domains), both highlighted. */
    private interface NamedHit<H> {
        H of(long id, String name, List<String> values, String nameHtml, String valuesHtml);
    }

    /** Customers and organizations are searched alike: by name and one list field, never the merged-away ones. */
    private static <H> Section<H> named(
            SearchSession session,
            SearchQuery query,
            int offset,
            int size,
            ResultType type,
            String entity,
            String valuesField,
            NamedHit<H> hit) {
        SearchScope<Object> scope = session.scope(Object.class, entity);
        SearchPredicateFactory f = scope.predicate();
        SearchResult<List<?>> result = session.search(scope)
                .select(p -> p.composite()
                        .from(
                                p.id(Long.class),
                                p.field("name", String.class),
                                p.field(valuesField, String.class).list(),
                                p.highlight("name"),
                                p.highlight(valuesField))
                        .asList())
                .where(highlighted(
                                f,
                                query,
                                f.bool().must(notMerged(f)).must(text(f, query, "name", valuesField)),
                                "name",
                                valuesField)
                        .toPredicate())
                .highlighter(highlighter(scope, WHOLE_VALUE))
                .totalHitCountThreshold(COUNT_UP_TO)
                .fetch(offset, size);
        List<H> items = result.hits().stream()
                .map(row -> {
                    String name = (String) row.get(1);
                    return hit.of(
                            (Long) row.get(0),
                            name,
                            strings(row.get(2)),
                            firstOr(row.get(3), name),
                            firstOr(row.get(4), null));
                })
                .toList();
        return section(type, result, offset, items);
    }

    /**
     * Every word and every phrase must occur in one of the fields. The last word, unless quoted, also matches the
     * start of a word in the fields that have a prefix twin ({@code subject_prefix}, {@code name_prefix}, ...): the
     * suggestions and the full search share this, so what is suggested for some text is also found by searching it.
     * Message bodies have no twin, because an index of every start of every word of every message would be several
     * times the size of the messages; there words match whole.
     */
    private static BooleanPredicateClausesStep<?, ?> text(
            SearchPredicateFactory f, SearchQuery query, String... fields) {
        BooleanPredicateClausesStep<?, ?> text = f.bool();
        List<String> twins = Arrays.stream(fields)
                .filter(PREFIX_TWINS::contains)
                .map(field -> field + "_prefix")
                .toList();
        for (int i = 0; i < query.terms().size(); i++) {
            String term = query.terms().get(i);
            PredicateFinalStep whole = f.match().fields(fields).matching(term).minimumShouldMatchPercent(100);
            if (query.isPrefix(i) && !twins.isEmpty()) {
                text.must(f.or(
                        whole,
                        f.match()
                                .fields(twins.toArray(String[]::new))
                                .matching(term)
                                .minimumShouldMatchPercent(100)));
            } else {
                text.must(whole);
            }
        }
        for (String phrase : query.phrases()) {
            text.must(f.phrase().fields(fields).matching(phrase));
        }
        return text;
    }

    /**
     * Adds to a query that already matches what marks a last word found as the start of a word: the prefix twins
     * match it, but highlights come from the field itself. Only adds to the score, never narrows.
     */
    private static BooleanPredicateClausesStep<?, ?> highlighted(
            SearchPredicateFactory f, SearchQuery query, BooleanPredicateClausesStep<?, ?> where, String... fields) {
        if (query.lastTermIsPrefix()) {
            String last = query.terms().getLast();
            if (last.codePoints().allMatch(Character::isLetterOrDigit)) {
                where.should(f.prefix().fields(fields).matching(last));
            }
        }
        return where;
    }

    private static PredicateFinalStep notMerged(SearchPredicateFactory f) {
        return f.not(f.exists().field("mergedIntoId"));
    }

    /** The plain highlighter, because it cuts long messages to a passage of about {@code size} characters. */
    private static SearchHighlighter highlighter(SearchScope<Object> scope, int size) {
        return scope.highlighter()
                .plain()
                .tag("<mark>", "</mark>")
                .encoder(HighlighterEncoder.HTML)
                .fragmentSize(size)
                .numberOfFragments(1)
                .toHighlighter();
    }

    private static <T> Section<T> section(ResultType type, SearchResult<?> result, int offset, List<T> items) {
        boolean exact = result.total().isHitCountExact();
        long total = exact ? result.total().hitCount() : result.total().hitCountLowerBound();
        String next = offset + items.size() < total ? new Page(type, offset + items.size()).encode() : null;
        return new Section<>(total, exact, items, next);
    }

    private static String firstOr(Object highlights, String plain) {
        if (highlights instanceof List<?> list && !list.isEmpty()) {
            return (String) list.getFirst();
        }
        return plain == null ? null : HtmlUtils.htmlEscape(plain);
    }

    private static List<String> strings(Object values) {
        return values instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
    }

    /** Results are ranked, so pages are positions in the ranking, carried in an opaque cursor. */
    record Page(ResultType type, int offset) {

        private static final int MAX_OFFSET = 10_000;

        String encode() {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString((type.value() + ":" + offset).getBytes(StandardCharsets.UTF_8));
        }

        static Page decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
                ResultType type = ResultType.of(parts[0]).orElseThrow();
                int offset = Integer.parseInt(parts[1]);
                if (offset < 0 || offset > MAX_OFFSET) {
                    throw new IllegalArgumentException();
                }
                return new Page(type, offset);
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", "is not a cursor returned by this search");
            }
        }
    }
}
