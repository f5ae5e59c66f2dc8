package io.frontline.search.internal;

import java.util.List;

/**
 * A parsed search box: the words and quoted phrases to find, and the filters that narrow the tickets.
 *
 * @param terms single words, in the order typed
 * @param phrases quoted phrases, without the quotes
 * @param filters {@code key:value}, {@code key>value} and {@code key<value} clauses
 * @param lastTermIsPrefix whether the last word may still be being typed and so also matches the start of a word:
 *     true unless that word was quoted
 */
public record SearchQuery(List<String> terms, List<String> phrases, List<Filter> filters, boolean lastTermIsPrefix) {

    public enum Operator {
        IS,
        AFTER,
        BEFORE
    }

    /** One filter clause as typed; its value is checked when the query is planned. */
    public record Filter(String key, Operator operator, String value) {

        public String typed() {
            return key
                    + switch (operator) {
                        case IS -> ":";
                        case AFTER -> ">";
                        case BEFORE -> "<";
                    };
        }
    }

    /** Whether {@code term} (one of {@link #terms()}) also matches as the start of a word. */
    public boolean isPrefix(int index) {
        return lastTermIsPrefix && index == terms.size() - 1;
    }

    public boolean hasText() {
        return !terms.isEmpty() || !phrases.isEmpty();
    }
}
