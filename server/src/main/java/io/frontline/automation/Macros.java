package io.frontline.automation;

import io.frontline.automation.internal.Macro;
import io.frontline.automation.internal.MacroAccess;
import io.frontline.automation.internal.MacroEngine;
import io.frontline.automation.internal.MacroRepository;
import io.frontline.automation.internal.RuleActions;
import io.frontline.automation.internal.RuleBook;
import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.Directory;
import io.frontline.identity.IdentityAdmin;
import io.frontline.identity.Role;
import io.frontline.kernel.ConflictException;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.Json;
import io.frontline.kernel.NotFoundException;
import io.frontline.tickets.Visibility;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Macros: canned replies and notes with placeholders plus field changes, personal, per team or shared. Everything is
 * asked on behalf of an agent, who sees only the macros {@link MacroAccess} allows (another agent's personal macro is
 * a 404); every version is kept and restorable, and applying one acts as the agent through the ticket module.
 */
@Service
public class Macros {

    private static final Set<String> ACTION_TYPES = Set.of("set", "add_tags", "remove_tags");

    private final MacroRepository macros;
    private final MacroEngine engine;
    private final RuleHistory history;
    private final IdentityAdmin identity;
    private final Directory directory;
    private final Clock clock;

    Macros(
            MacroRepository macros,
            MacroEngine engine,
            RuleHistory history,
            IdentityAdmin identity,
            Directory directory,
            Clock clock) {
        this.macros = macros;
        this.engine = engine;
        this.history = history;
        this.identity = identity;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The macros the agent may see, by position: {@code q} filters on the title (ignoring case), {@code scope} on the
     * scope, {@code activeOnly} leaves out inactive ones (the workspace picker).
     */
    @Transactional(readOnly = true)
    public List<MacroView> list(AgentPrincipal agent, String q, MacroScope scope, boolean activeOnly) {
        MacroAccess.Viewer viewer = viewer(agent);
        String needle = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        return macros.candidatesFor(agent.id()).stream()
                .filter(m -> MacroAccess.canSee(scope(m), m.getOwnerId(), m.getTeamId(), viewer))
                .filter(m -> scope == null || scope(m) == scope)
                .filter(m -> !activeOnly || m.isActive())
                .filter(m ->
                        needle == null || m.getTitle().toLowerCase(Locale.ROOT).contains(needle))
                .map(Macros::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public MacroView get(long id, AgentPrincipal agent) {
        return view(load(id, viewer(agent)));
    }

    @Transactional
    public MacroView create(MacroInput input, AgentPrincipal agent) {
        MacroAccess.Viewer viewer = viewer(agent);
        validate(input);
        checkManage(input.scope(), agent.id(), viewer);
        Macro macro = new Macro(clock.instant());
        change(macro, input, agent.id(), macros.lastPosition() + 1);
        macros.save(macro);
        history.record("macro", macro.getId(), "created", snapshot(macro), agent.actor());
        return view(macro);
    }

    @Transactional
    public MacroView update(long id, MacroInput input, AgentPrincipal agent) {
        MacroAccess.Viewer viewer = viewer(agent);
        Macro macro = load(id, viewer);
        checkManage(scope(macro), macro.getOwnerId(), viewer);
        validate(input);
        checkManage(input.scope(), keptOwner(macro, input.scope(), agent), viewer);
        change(macro, input, keptOwner(macro, input.scope(), agent), macro.getPosition());
        macros.saveAndFlush(macro);
        history.record("macro", id, "updated", snapshot(macro), agent.actor());
        return view(macro);
    }

    @Transactional
    public void delete(long id, AgentPrincipal agent) {
        MacroAccess.Viewer viewer = viewer(agent);
        Macro macro = load(id, viewer);
        checkManage(scope(macro), macro.getOwnerId(), viewer);
        history.record("macro", id, "deleted", snapshot(macro), agent.actor());
        macros.delete(macro);
    }

    @Transactional(readOnly = true)
    public List<RuleHistory.Version> versions(long id, AgentPrincipal agent) {
        load(id, viewer(agent));
        return history.list("macro", id);
    }

    /** Makes an earlier version the current one again (recorded as a new version); the same rights as a change. */
    @Transactional
    public MacroView rollback(long id, int number, AgentPrincipal agent) {
        MacroAccess.Viewer viewer = viewer(agent);
        Macro macro = load(id, viewer);
        checkManage(scope(macro), macro.getOwnerId(), viewer);
        Map<String, Object> old = history.get("macro", id, number).snapshot();
        MacroInput input = fromSnapshot(old);
        validate(input);
        Long owner = input.scope() == MacroScope.PERSONAL ? macro.getOwnerId() : null;
        if (input.scope() == MacroScope.PERSONAL && owner == null) {
            owner = old.get("ownerId") instanceof Number n ? n.longValue() : agent.id();
        }
        checkManage(input.scope(), owner, viewer);
        change(macro, input, owner, input.position() == null ? macro.getPosition() : input.position());
        macros.saveAndFlush(macro);
        history.record("macro", id, "rolled_back", snapshot(macro), agent.actor());
        return view(macro);
    }

    /** What the macro would do to the ticket now; nothing is written. */
    @Transactional(readOnly = true)
    public MacroPreview preview(long ticketId, long macroId, AgentPrincipal agent) {
        return engine.preview(get(macroId, agent), ticketId, agent);
    }

    /**
     * Applies the macro to the ticket as the agent, all or nothing: the message (the macro's text, or the agent's edit
     * of it) and the field changes, with a history row naming the macro. With {@code expectedVersion} it applies only
     * to that version of the ticket. A closed ticket is a conflict; an inactive macro cannot be applied.
     */
    @Transactional
    public MacroApplied apply(
            long ticketId, long macroId, MacroApplication edits, Long expectedVersion, AgentPrincipal agent) {
        MacroView macro = get(macroId, agent);
        if (!macro.active()) {
            throw new ConflictException("macro_inactive", "Macro " + macroId + " is inactive and cannot be applied");
        }
        return engine.apply(
                macro, ticketId, edits == null ? MacroApplication.AS_WRITTEN : edits, expectedVersion, agent);
    }

    private MacroAccess.Viewer viewer(AgentPrincipal agent) {
        Set<Long> teams = new HashSet<>(identity.agent(agent.id()).teamIds());
        return new MacroAccess.Viewer(agent.id(), agent.role() != Role.AGENT, teams);
    }

    private Macro load(long id, MacroAccess.Viewer viewer) {
        return macros.findById(id)
                .filter(m -> MacroAccess.canSee(scope(m), m.getOwnerId(), m.getTeamId(), viewer))
                .orElseThrow(() -> new NotFoundException("Macro", id));
    }

    private static void checkManage(MacroScope scope, Long ownerId, MacroAccess.Viewer viewer) {
        if (!MacroAccess.canManage(scope, ownerId, viewer)) {
            throw new AccessDeniedException("only leads and admins manage team and shared macros");
        }
    }

    /** A personal macro stays with its owner; one that becomes personal belongs to whoever made it so. */
    private static Long keptOwner(Macro macro, MacroScope scope, AgentPrincipal agent) {
        if (scope != MacroScope.PERSONAL) {
            return null;
        }
        return MacroScope.PERSONAL.name().equals(macro.getScope()) ? macro.getOwnerId() : agent.id();
    }

    private void validate(MacroInput input) {
        List<FieldViolation> problems = new ArrayList<>();
        if (input.title() == null || input.title().isBlank()) {
            problems.add(new FieldViolation("title", "is required"));
        }
        if (input.scope() == null) {
            problems.add(new FieldViolation("scope", "must be one of [personal, team, shared]"));
        } else if (input.scope() == MacroScope.TEAM) {
            if (input.teamId() == null) {
                problems.add(new FieldViolation("teamId", "is required for a team macro"));
            } else if (directory.team(input.teamId()).isEmpty()) {
                problems.add(new FieldViolation("teamId", "does not exist"));
            }
        } else if (input.teamId() != null) {
            problems.add(new FieldViolation("teamId", "only team macros have a team"));
        }
        boolean text = input.body() != null && !input.body().isBlank();
        List<RuleAction> actions = input.actions() == null ? List.of() : input.actions();
        if (!text && actions.isEmpty()) {
            problems.add(new FieldViolation("body", "a macro needs a text, field changes or both"));
        }
        Set<String> unknown = MacroEngine.unknownPlaceholders(input.body());
        if (!unknown.isEmpty()) {
            problems.add(new FieldViolation(
                    "body",
                    "unknown placeholders " + unknown + "; use " + MacroEngine.PLACEHOLDERS
                            + " or ticket.custom.<key>"));
        }
        for (int i = 0; i < actions.size(); i++) {
            RuleAction a = actions.get(i);
            if (a == null || a.type() == null || !ACTION_TYPES.contains(a.type())) {
                problems.add(new FieldViolation(
                        "actions[" + i + "].type",
                        "must be one of " + ACTION_TYPES.stream().sorted().toList()));
            }
        }
        if (!actions.isEmpty() && problems.stream().noneMatch(p -> p.field().startsWith("actions"))) {
            RuleActions.validate(actions, "actions", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void change(Macro macro, MacroInput input, Long ownerId, int position) {
        macro.change(
                input.title().strip(),
                input.description() == null || input.description().isBlank()
                        ? null
                        : input.description().strip(),
                input.scope().name(),
                input.scope() == MacroScope.PERSONAL ? ownerId : null,
                input.scope() == MacroScope.TEAM ? input.teamId() : null,
                (input.visibility() == null ? Visibility.PUBLIC : input.visibility()).name(),
                input.body() == null || input.body().isBlank() ? null : input.body(),
                Json.write(input.actions() == null ? List.of() : input.actions()),
                input.active() == null || input.active(),
                input.position() == null ? position : input.position(),
                clock.instant());
    }

    private static MacroInput fromSnapshot(Map<String, Object> s) {
        List<RuleAction> actions = Json.read(Json.write(s.get("actions")), new TypeReference<List<RuleAction>>() {});
        return new MacroInput(
                (String) s.get("title"),
                (String) s.get("description"),
                MacroScope.valueOf(String.valueOf(s.get("scope")).toUpperCase(Locale.ROOT)),
                s.get("teamId") instanceof Number n ? n.longValue() : null,
                Visibility.valueOf(String.valueOf(s.get("visibility")).toUpperCase(Locale.ROOT)),
                (String) s.get("body"),
                actions,
                (Boolean) s.get("active"),
                s.get("position") instanceof Number n ? n.intValue() : null);
    }

    private static MacroScope scope(Macro m) {
        return MacroScope.valueOf(m.getScope());
    }

    private static Map<String, Object> snapshot(Macro m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", m.getTitle());
        s.put("description", m.getDescription());
        s.put("scope", m.getScope().toLowerCase(Locale.ROOT));
        s.put("ownerId", m.getOwnerId());
        s.put("teamId", m.getTeamId());
        s.put("visibility", m.getVisibility().toLowerCase(Locale.ROOT));
        s.put("body", m.getBody());
        s.put("actions", RuleBook.actions(m.getActions()));
        s.put("active", m.isActive());
        s.put("position", m.getPosition());
        return s;
    }

    private static MacroView view(Macro m) {
        return new MacroView(
                m.getId(),
                m.getTitle(),
                m.getDescription(),
                scope(m),
                m.getOwnerId(),
                m.getTeamId(),
                Visibility.valueOf(m.getVisibility()),
                m.getBody(),
                RuleBook.actions(m.getActions()),
                m.isActive(),
                m.getPosition(),
                m.getUsageCount(),
                m.getLastUsedAt(),
                m.getCreatedAt(),
                m.getUpdatedAt(),
                m.getVersion());
    }
}
