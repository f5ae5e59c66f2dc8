package io.frontline.search;

import java.util.Locale;
import java.util.Optional;

/** What a search can return. */
public enum ResultType {
    TICKETS,
    CUSTOMERS,
    ORGANIZATIONS;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the plural and the singular ({@code tickets}, {@code ticket}), in any case. */
    public static Optional<ResultType> of(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (ResultType type : values()) {
            if (type.value().equals(v) || type.value().equals(v + "s")) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
