package io.frontline.kernel;

import java.util.Objects;

/**
 * Who caused a change: an agent, a customer, an automation rule (its id and name) or the system itself (intake,
 * housekeeping). Recorded on every history event and audit record.
 */
public record Actor(Type type, Long id, String name) {

    public enum Type {
        AGENT,
        CUSTOMER,
        SYSTEM,
        AUTOMATION
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

    /** A rule acting on its own: a trigger, time rule, SLA policy or routing; {@code name} says which. */
    public static Actor automation(long ruleId, String name) {
        return new Actor(Type.AUTOMATION, ruleId, name);
    }

    public boolean isAgent() {
        return type == Type.AGENT;
    }

    public boolean isCustomer() {
        return type == Type.CUSTOMER;
    }

    public boolean isAutomation() {
        return type == Type.AUTOMATION;
    }
}
