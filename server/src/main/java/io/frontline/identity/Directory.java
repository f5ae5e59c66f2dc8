package io.frontline.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Looks up agents and teams by id for other modules; never exposes credentials. */
public interface Directory {

    Optional<AgentRef> agent(long id);

    Optional<TeamRef> team(long id);

    Map<Long, AgentRef> agents(Collection<Long> ids);

    /** Case-insensitive. */
    Optional<AgentRef> agentByEmail(String email);

    /** Case-insensitive. */
    Optional<TeamRef> teamByName(String name);
}
