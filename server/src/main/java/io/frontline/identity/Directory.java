package io.frontline.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Looks up agents and teams by id for other modules; never exposes credentials. */
public interface Directory {

    Optional<AgentRef> agent(long id);

    Optional<TeamRef> team(long id);

    Map<Long, AgentRef> agents(Collection<Long> ids);

    /** Every team, by name. */
    List<TeamRef> teams();

    /** Case-insensitive. */
    Optional<AgentRef> agentByEmail(String email);

    /** Case-insensitive. */
    Optional<TeamRef> teamByName(String name);

    /**
     * Active agents who can take work of a team (every active agent when {@code teamId} is null), each with the
     * languages they speak (their {@code language} skills, lower case) and the products they know (their
     * {@code product} skills, as ticket tags). Used by routing.
     */
    List<Routable> routable(Long teamId);

    /** An agent as routing sees them. */
    record Routable(AgentRef agent, Set<String> languages, Set<String> products) {}
}
