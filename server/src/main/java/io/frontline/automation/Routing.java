package io.frontline.automation;

import io.frontline.automation.internal.RoutingSettingsStore;
import io.frontline.automation.internal.RoutingSettingsStore.Setting;
import io.frontline.automation.internal.TicketRouter;
import io.frontline.automation.internal.TicketWorkload;
import io.frontline.identity.AgentPresence;
import io.frontline.identity.Availability;
import io.frontline.identity.Directory;
import io.frontline.identity.RoutingPolicy.Match;
import io.frontline.identity.TeamRef;
import io.frontline.identity.Workload;
import io.frontline.kernel.Actor;
import io.frontline.kernel.AfterCommit;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing of tickets per team (versioned, with rollback, like every rule) and the agents' load as routing sees it.
 * Setting a team to automatic routing routes its waiting tickets at once.
 */
@Service
public class Routing {

    static final String KIND = "routing";

    private final RoutingSettingsStore settings;
    private final TicketRouter router;
    private final RuleHistory history;
    private final Directory directory;
    private final AgentPresence presence;
    private final List<Workload> workloads;
    private final Clock clock;

    Routing(
            RoutingSettingsStore settings,
            TicketRouter router,
            RuleHistory history,
            Directory directory,
            AgentPresence presence,
            List<Workload> workloads,
            Clock clock) {
        this.settings = settings;
        this.router = router;
        this.history = history;
        this.directory = directory;
        this.presence = presence;
        this.workloads = workloads;
        this.clock = clock;
    }

    /** Every team with its routing (manual for teams nobody set). */
    @Transactional(readOnly = true)
    public List<RoutingSettingsView> list() {
        Map<Long, Setting> stored = settings.all().stream().collect(Collectors.toMap(Setting::teamId, s -> s));
        return directory.teams().stream()
                .map(t -> view(t, stored.getOrDefault(t.id(), Setting.defaults(t.id()))))
                .toList();
    }

    @Transactional(readOnly = true)
    public RoutingSettingsView get(long teamId) {
        TeamRef team = team(teamId);
        return view(team, settings.find(teamId).orElse(Setting.defaults(teamId)));
    }

    /** Replaces a team's routing; a missing field keeps its current value. */
    @Transactional
    public RoutingSettingsView update(long teamId, RoutingSettingsInput input, Actor actor) {
        TeamRef team = team(teamId);
        if (input == null) {
            throw new InvalidInputException(List.of(new FieldViolation("mode", "is required")));
        }
        Setting current = settings.find(teamId).orElse(Setting.defaults(teamId));
        RoutingMode mode = input.mode() == null ? current.mode() : input.mode();
        Match language = input.languageRule() == null ? current.languageRule() : input.languageRule();
        Match product = input.productRule() == null ? current.productRule() : input.productRule();
        return save(team, mode, language, product, "updated", actor);
    }

    @Transactional(readOnly = true)
    public List<RuleHistory.Version> versions(long teamId) {
        team(teamId);
        return history.list(KIND, teamId);
    }

    /** Saves an earlier version again, as a new version. */
    @Transactional
    public RoutingSettingsView rollback(long teamId, int number, Actor actor) {
        TeamRef team = team(teamId);
        Map<String, Object> old = history.get(KIND, teamId, number).snapshot();
        return save(
                team,
                RoutingMode.valueOf(upper(old.get("mode"))),
                Match.valueOf(upper(old.get("languageRule"))),
                Match.valueOf(upper(old.get("productRule"))),
                "rolled_back",
                actor);
    }

    /**
     * Active agents (of one team, or all when {@code teamId} is null) with presence and load, busiest first within
     * presence: online, away, offline.
     */
    @Transactional(readOnly = true)
    public List<AgentLoadView> loads(Long teamId) {
        if (teamId != null) {
            team(teamId);
        }
        List<Directory.Routable> agents = directory.routable(teamId);
        Set<Long> ids = agents.stream().map(r -> r.agent().id()).collect(Collectors.toSet());
        Map<String, Map<Long, Integer>> byKind = new HashMap<>();
        for (Workload w : workloads) {
            byKind.put(w.kind(), w.open(ids));
        }
        Map<Long, Integer> tickets = byKind.getOrDefault(TicketWorkload.KIND, Map.of());
        Map<Long, Integer> chats = byKind.getOrDefault("chats", Map.of());
        List<AgentLoadView> loads = new ArrayList<>();
        for (Directory.Routable r : agents) {
            Availability a = presence.get(r.agent().id());
            loads.add(new AgentLoadView(
                    r.agent().id(),
                    r.agent().name(),
                    a.presence(),
                    tickets.getOrDefault(a.agentId(), 0),
                    a.ticketCapacity(),
                    chats.getOrDefault(a.agentId(), 0),
                    a.chatCapacity()));
        }
        loads.sort(Comparator.comparingInt((AgentLoadView l) ->
                        List.of("online", "away", "offline").indexOf(l.presence()))
                .thenComparing(AgentLoadView::name, String.CASE_INSENSITIVE_ORDER));
        return loads;
    }

    /** Routes every waiting ticket now and returns when done (otherwise events and the timer do it). */
    public void routeNow() {
        router.routeNow();
    }

    private RoutingSettingsView save(
            TeamRef team, RoutingMode mode, Match language, Match product, String action, Actor actor) {
        settings.save(team.id(), mode, language, product, clock.instant().truncatedTo(ChronoUnit.MICROS));
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("teamId", team.id());
        snapshot.put("mode", lower(mode));
        snapshot.put("languageRule", lower(language));
        snapshot.put("productRule", lower(product));
        history.record(KIND, team.id(), action, snapshot, actor);
        AfterCommit.run(() -> {
            router.reload();
            router.routeSoon();
        });
        return view(team, settings.find(team.id()).orElseThrow());
    }

    private TeamRef team(long teamId) {
        return directory.team(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
    }

    private static RoutingSettingsView view(TeamRef team, Setting s) {
        return new RoutingSettingsView(
                team.id(), team.name(), s.mode(), s.languageRule(), s.productRule(), s.version(), s.updatedAt());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String upper(Object value) {
        return String.valueOf(value).toUpperCase(Locale.ROOT);
    }
}
