package io.frontline.automation;

import java.util.List;

/** Every condition in {@code all} must hold, and at least one in {@code any} when it is not empty. */
public record Conditions(List<Condition> all, List<Condition> any) {

    public static final Conditions NONE = new Conditions(List.of(), List.of());

    public Conditions {
        all = all == null ? List.of() : List.copyOf(all);
        any = any == null ? List.of() : List.copyOf(any);
    }

    public boolean isEmpty() {
        return all.isEmpty() && any.isEmpty();
    }
}
