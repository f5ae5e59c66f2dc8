package io.frontline.search.internal;

import java.util.List;

/**
 * A parsed search box: the words and quoted phrases to find, and the filters that narrow the tickets.
 *
 * @param terms single words, in the order typed
 * @param phrases quoted phrases, without the quotes
 * @param filters {@code key:value}, {@code key>value} and {@code key<value} clauses
 */
public record SearchQuery(List<String> terms, List<String> phrases, List<Filter> filters) {

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

    public boolean hasText() {
        return !terms.isEmpty() || !phrases.isEmpty();
    }
}
