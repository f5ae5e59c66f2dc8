package io.frontline.identity.internal;

import io.frontline.identity.AgentRef;
import io.frontline.identity.Directory;
import io.frontline.identity.TeamRef;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JpaDirectory implements Directory {

    private final AgentRepository agents;
    private final TeamRepository teams;

    JpaDirectory(AgentRepository agents, TeamRepository teams) {
        this.agents = agents;
        this.teams = teams;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgentRef> agent(long id) {
        return agents.findById(id).map(Agent::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TeamRef> team(long id) {
        return teams.findById(id).map(Team::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, AgentRef> agents(Collection<Long> ids) {
        return agents.findAllById(ids).stream()
                .map(Agent::ref)
                .collect(Collectors.toMap(AgentRef::id, Function.identity()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TeamRef> teams() {
        return teams.findAll().stream()
                .map(Team::ref)
                .sorted(Comparator.comparing(TeamRef::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgentRef> agentByEmail(String email) {
        return agents.findByEmail(Agent.normalizeEmail(email)).map(Agent::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TeamRef> teamByName(String name) {
        return teams.findFirstByNameIgnoreCase(name.strip()).map(Team::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Routable> routable(Long teamId) {
        List<Agent> candidates = teamId == null
                ? agents.findAll()
                : teams.findById(teamId).map(agents::findByTeamsContaining).orElse(List.of());
        return candidates.stream()
                .filter(Agent::isActive)
                .map(a -> new Routable(a.ref(), skills(a, "language"), skills(a, "product")))
                .toList();
    }

    /** Skill values of one kind as routing compares them: lower case, inner whitespace as {@code _} (like tags). */
    private static Set<String> skills(Agent agent, String kind) {
        return agent.getSkills().stream()
                .filter(s -> s.kind().equals(kind))
                .map(s -> s.value().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_"))
                .collect(Collectors.toUnmodifiableSet());
    }
}
