package io.frontline.kernel;

import java.util.Objects;

/**
 * Who caused a change: an agent, a customer or the system itself (automation, intake). Recorded on every history event
 * and audit record.
 */
public record Actor(Type type, Long id, String name) {

    public enum Type {
        AGENT,
        CUSTOMER,
        SYSTEM
    }

    public static final Actor SYSTEM = new Actor(Type.SYSTEM, null, "Frontline");

    public Actor {
        Objects.requireNonNull(type, "type");
    }

    public static Actor agent(long id, String name) {
        return new Actor(Type.AGENT, id, name);
    }

    public static Actor customer(long id, String name) {
        return new Actor(Type.CUSTOMER, id, name);
    }

    public boolean isAgent() {
        return type == Type.AGENT;
    }

    public boolean isCustomer() {
        return type == Type.CUSTOMER;
    }
}
