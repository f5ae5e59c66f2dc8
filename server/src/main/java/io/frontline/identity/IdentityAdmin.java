package io.frontline.identity;

import io.frontline.audit.AuditTrail;
import io.frontline.identity.internal.Agent;
import io.frontline.identity.internal.AgentRepository;
import io.frontline.identity.internal.AgentSkill;
import io.frontline.identity.internal.Team;
import io.frontline.identity.internal.TeamRepository;
import io.frontline.kernel.Actor;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes agents and teams. Every change is audited. */
@Service
public class IdentityAdmin {

    private final AgentRepository agents;
    private final TeamRepository teams;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    IdentityAdmin(
            AgentRepository agents, TeamRepository teams, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.agents = agents;
        this.teams = teams;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AgentView createAgent(NewAgent command, Actor actor) {
        List<FieldViolation> problems = new ArrayList<>();
        if (agents.existsByEmail(Agent.normalizeEmail(command.email()))) {
            problems.add(new FieldViolation("email", "is already used by another agent"));
        }
        List<Team> memberOf = resolveTeams(command.teamIds(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Agent agent = new Agent(
                command.name().trim(),
                command.email(),
                command.password() == null ? null : passwords.encode(command.password()),
                command.role() == null ? Role.AGENT : command.role(),
                command.tier() == null ? 1 : command.tier(),
                clock.instant());
        agent.getTeams().addAll(memberOf);
        if (command.skills() != null) {
            command.skills().forEach(s -> agent.getSkills().add(new AgentSkill(s.kind(), s.value())));
        }
        agents.save(agent);
        audit.record(actor, "agent", agent.getId(), "created", describe(agent));
        return view(agent);
    }

    @Transactional
    public AgentView updateAgent(long id, AgentChanges changes, Actor actor) {
        Agent agent = agents.findById(id).orElseThrow(() -> new NotFoundException("Agent", id));
        Map<String, Object> before = describe(agent);
        List<FieldViolation> problems = new ArrayList<>();
        if (changes.email() != null
                && !Agent.normalizeEmail(changes.email()).equals(agent.getEmail())
                && agents.existsByEmail(Agent.normalizeEmail(changes.email()))) {
            problems.add(new FieldViolation("email", "is already used by another agent"));
        }
        List<Team> memberOf = changes.teamIds() == null ? null : resolveTeams(changes.teamIds(), problems);
        if (actor.isAgent() && actor.id() == id && changes.role() != null && changes.role() != Role.ADMIN) {
            problems.add(new FieldViolation("role", "admins cannot take away their own admin role"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (changes.name() != null) agent.setName(changes.name().trim());
        if (changes.email() != null) agent.setEmail(changes.email());
        if (changes.password() != null) agent.setPasswordHash(passwords.encode(changes.password()));
        if (changes.role() != null) agent.setRole(changes.role());
        if (changes.tier() != null) agent.setTier(changes.tier());
        if (changes.active() != null) agent.setActive(changes.active());
        if (memberOf != null) {
            agent.getTeams().clear();
            agent.getTeams().addAll(memberOf);
        }
        if (changes.skills() != null) {
            agent.getSkills().clear();
            changes.skills().forEach(s -> agent.getSkills().add(new AgentSkill(s.kind(), s.value())));
        }
        agent.touch(clock.instant());
        Map<String, Object> after = describe(agent);
        if (changes.password() != null) {
            after.put("password", "changed");
        }
        audit.record(actor, "agent", id, "updated", Map.of("from", before, "to", after));
        return view(agent);
    }

    @Transactional(readOnly = true)
    public AgentView agent(long id) {
        return agents.findById(id).map(this::view).orElseThrow(() -> new NotFoundException("Agent", id));
    }

    @Transactional(readOnly = true)
    public List<AgentView> agents() {
        return agents.findAll(Sort.by("id")).stream().map(this::view).toList();
    }

    @Transactional
    public TeamView createTeam(NewTeam command, Actor actor) {
        if (teams.existsByNameIgnoreCase(command.name().trim())) {
            throw new InvalidInputException("name", "is already used by another team");
        }
        Team team = new Team(
                command.name().trim(),
                command.kind() == null ? TeamKind.FRONTLINE : command.kind(),
                command.description(),
                clock.instant());
        teams.save(team);
        audit.record(actor, "team", team.getId(), "created", Map.of("name", team.getName(), "kind", team.getKind()));
        return view(team);
    }

    @Transactional
    public TeamView updateTeam(long id, TeamChanges changes, Actor actor) {
        Team team = teams.findById(id).orElseThrow(() -> new NotFoundException("Team", id));
        Map<String, Object> before = Map.of("name", team.getName(), "kind", team.getKind());
        if (changes.name() != null
                && !changes.name().trim().equalsIgnoreCase(team.getName())
                && teams.existsByNameIgnoreCase(changes.name().trim())) {
            throw new InvalidInputException("name", "is already used by another team");
        }
        if (changes.name() != null) team.setName(changes.name().trim());
        if (changes.kind() != null) team.setKind(changes.kind());
        if (changes.description() != null) team.setDescription(changes.description());
        team.touch(clock.instant());
        audit.record(
                actor,
                "team",
                id,
                "updated",
                Map.of("from", before, "to", Map.of("name", team.getName(), "kind", team.getKind())));
        return view(team);
    }

    @Transactional(readOnly = true)
    public TeamView team(long id) {
        return teams.findById(id).map(this::view).orElseThrow(() -> new NotFoundException("Team", id));
    }

    /** Every agent and every team, read in one transaction: what a workspace page shows names and pickers from. */
    public record Directory(List<AgentView> agents, List<TeamView> teams) {}

    @Transactional(readOnly = true)
    public Directory directory() {
        return new Directory(agents(), teams());
    }

    @Transactional(readOnly = true)
    public List<TeamView> teams() {
        Map<Long, List<Long>> members = new HashMap<>();
        for (Object[] membership : teams.memberships()) {
            members.computeIfAbsent((Long) membership[0], id -> new ArrayList<>())
                    .add((Long) membership[1]);
        }
        return teams.findAll(Sort.by("id")).stream()
                .map(team -> view(team, members.getOrDefault(team.getId(), List.of())))
                .toList();
    }

    private List<Team> resolveTeams(Collection<Long> ids, List<FieldViolation> problems) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<Team> found = teams.findAllById(ids);
        if (found.size() != ids.stream().distinct().count()) {
            problems.add(new FieldViolation("teamIds", "contains a team that does not exist"));
        }
        return found;
    }

    private Map<String, Object> describe(Agent agent) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", agent.getName());
        d.put("email", agent.getEmail());
        d.put("role", agent.getRole());
        d.put("tier", agent.getTier());
        d.put("active", agent.isActive());
        d.put("teamIds", agent.getTeams().stream().map(Team::getId).sorted().toList());
        d.put(
                "skills",
                agent.getSkills().stream()
                        .map(s -> s.kind() + ":" + s.value())
                        .sorted()
                        .toList());
        return d;
    }

    AgentView view(Agent agent) {
        return new AgentView(
                agent.getId(),
                agent.getName(),
                agent.getEmail(),
                agent.getRole(),
                agent.getTier(),
                agent.isActive(),
                agent.getTeams().stream().map(Team::getId).sorted().toList(),
                agent.getSkills().stream()
                        .map(s -> new Skill(s.kind(), s.value()))
                        .sorted(Comparator.comparing(Skill::kind).thenComparing(Skill::value))
                        .toList(),
                agent.getCreatedAt(),
                agent.getUpdatedAt());
    }

    private TeamView view(Team team) {
        return view(team, teams.memberIds(team.getId()));
    }

    private static TeamView view(Team team, List<Long> memberIds) {
        return new TeamView(
                team.getId(),
                team.getName(),
                team.getKind(),
                team.getDescription(),
                memberIds,
                team.getCreatedAt(),
                team.getUpdatedAt());
    }
}
