package io.frontline.tickets;

import io.frontline.kernel.Actor;
import java.util.function.Supplier;

/**
 * A veto on an agent's change to a ticket, asked before anything is written: tier rules ("an urgent incident is
 * solved by a lead") live in other modules and implement it; the ticket module knows none of them. Changes by rules,
 * customers and the system are never put to guards.
 */
public interface TicketGuard {

    /**
     * Refuses {@code changes} to the ticket (as it is before them; built only when asked for, so a guard with nothing to
     * check costs nothing) by the agent {@code actor} by throwing a
     * {@link io.frontline.kernel.FrontlineException} — typically a {@link io.frontline.kernel.ConflictException} whose
     * message names the rule; returns normally to allow it.
     */
    void check(Supplier<TicketView> ticket, TicketChanges changes, Actor actor);
}
