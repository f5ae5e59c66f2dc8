package io.frontline.search.internal;

import io.frontline.kernel.InvalidInputException;
import io.frontline.search.internal.SearchQuery.Filter;
import io.frontline.search.internal.SearchQuery.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the search box: words, {@code "quoted phrases"} and filters such as {@code status:open}, {@code tag:"two words"}
 * or {@code created>2026-01-01}. A word with an unknown filter name is refused rather than searched for, so that a typo
 * in a filter never silently returns everything. The last word, unless quoted, may be unfinished: it also matches the
 * start of a word, in the full search as in the suggestions.
 */
public final class QueryParser {

    static final Map<String, Set<Operator>> FILTERS = Map.ofEntries(
            Map.entry("status", Set.of(Operator.IS)),
            Map.entry("assignee", Set.of(Operator.IS)),
            Map.entry("team", Set.of(Operator.IS)),
            Map.entry("tag", Set.of(Operator.IS)),
            Map.entry("priority", Set.of(Operator.IS)),
            Map.entry("channel", Set.of(Operator.IS)),
            Map.entry("requester", Set.of(Operator.IS)),
            Map.entry("organization", Set.of(Operator.IS)),
            Map.entry("type", Set.of(Operator.IS)),
            Map.entry("created", Set.of(Operator.AFTER, Operator.BEFORE)),
            Map.entry("updated", Set.of(Operator.AFTER, Operator.BEFORE)));

    private static final Pattern CLAUSE = Pattern.compile("([A-Za-z]+)([:<>])(.*)", Pattern.DOTALL);
    private static final int MAX_LENGTH = 1000;

    private QueryParser() {}

    public static SearchQuery parse(String input) {
        String q = input == null ? "" : input.strip();
        if (q.length() > MAX_LENGTH) {
            throw new InvalidInputException("q", "must be at most " + MAX_LENGTH + " characters");
        }
        List<String> terms = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<Filter> filters = new ArrayList<>();
        boolean lastTermQuoted = false;
        int i = 0;
        while (i < q.length()) {
            if (Character.isWhitespace(q.charAt(i))) {
                i++;
                continue;
            }
            if (q.charAt(i) == '"') {
                int end = closingQuote(q, i + 1);
                int before = terms.size();
                addPhrase(q.substring(i + 1, end), terms, phrases);
                lastTermQuoted |= terms.size() > before;
                i = Math.min(end + 1, q.length());
                continue;
            }
            int end = i;
            while (end < q.length() && !Character.isWhitespace(q.charAt(end))) {
                end++;
            }
            Matcher clause = CLAUSE.matcher(q.substring(i, end));
            if (clause.matches()) {
                String value = clause.group(3);
                if (value.startsWith("\"")) {
                    int close = closingQuote(q, i + clause.start(3) + 1);
                    value = q.substring(i + clause.start(3) + 1, close);
                    end = Math.min(close + 1, q.length());
                }
                if (value.isBlank()) {
                    terms.add(clause.group(1));
                    lastTermQuoted = false;
                } else {
                    filters.add(filter(clause.group(1), clause.group(2).charAt(0), value.strip()));
                }
            } else {
                terms.add(q.substring(i, end));
                lastTermQuoted = false;
            }
            i = end;
        }
        return new SearchQuery(
                List.copyOf(terms), List.copyOf(phrases), List.copyOf(filters), !terms.isEmpty() && !lastTermQuoted);
    }

    private static int closingQuote(String q, int from) {
        int close = q.indexOf('"', from);
        return close < 0 ? q.length() : close;
    }

    private static void addPhrase(String phrase, List<String> terms, List<String> phrases) {
        String stripped = phrase.strip();
        if (stripped.isEmpty()) {
            return;
        }
        if (stripped.chars().anyMatch(Character::isWhitespace)) {
            phrases.add(stripped);
        } else {
            terms.add(stripped);
        }
    }

    private static Filter filter(String name, char symbol, String value) {
        String key = name.toLowerCase(Locale.ROOT);
        Operator operator = switch (symbol) {
            case '>' -> Operator.AFTER;
            case '<' -> Operator.BEFORE;
            default -> Operator.IS;
        };
        Set<Operator> allowed = FILTERS.get(key);
        if (allowed == null) {
            throw new InvalidInputException(
                    "q",
                    "unknown filter \"" + name + symbol + "\"; known filters are "
                            + String.join(
                                    ", ", FILTERS.keySet().stream().sorted().toList())
                            + " (quote the text to search for it literally)");
        }
        if (!allowed.contains(operator)) {
            throw new InvalidInputException(
                    "q",
                    "filter \"" + name + symbol + "\" is not supported; use "
                            + (allowed.contains(Operator.IS) ? key + ":" : key + "> or " + key + "<"));
        }
        return new Filter(key, operator, value);
    }
}
