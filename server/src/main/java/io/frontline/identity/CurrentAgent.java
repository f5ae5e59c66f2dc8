package io.frontline.identity;

import io.frontline.kernel.Actor;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The agent on whose behalf the current request runs. */
public final class CurrentAgent {

    private CurrentAgent() {}

    public static Optional<AgentPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AgentPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The current agent as an actor, or the system when no agent is signed in (jobs, intake). */
    public static Actor actor() {
        return get().map(AgentPrincipal::actor).orElse(Actor.SYSTEM);
    }

    public static AgentPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("no agent is signed in"));
    }
}
