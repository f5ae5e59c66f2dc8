package io.frontline.automation.rest;

import io.frontline.automation.AgentLoadView;
import io.frontline.automation.Routing;
import io.frontline.automation.RoutingSettingsInput;
import io.frontline.automation.RoutingSettingsView;
import io.frontline.automation.RuleHistory;
import io.frontline.identity.CurrentAgent;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Routing of tickets per team (leads set it, versioned) and the agents' load (leads). */
@RestController
@RequestMapping("/api/v1/routing")
@PreAuthorize("hasRole('LEAD')")
class RoutingController {

    private final Routing routing;

    RoutingController(Routing routing) {
        this.routing = routing;
    }

    @GetMapping("/teams")
    List<RoutingSettingsView> teams() {
        return routing.list();
    }

    @GetMapping("/teams/{teamId}")
    RoutingSettingsView team(@PathVariable long teamId) {
        return routing.get(teamId);
    }

    @PutMapping("/teams/{teamId}")
    RoutingSettingsView update(@PathVariable long teamId, @RequestBody RoutingSettingsInput input) {
        return routing.update(teamId, input, CurrentAgent.actor());
    }

    @GetMapping("/teams/{teamId}/versions")
    List<RuleHistory.Version> versions(@PathVariable long teamId) {
        return routing.versions(teamId);
    }

    @PostMapping("/teams/{teamId}/versions/{number}/rollback")
    RoutingSettingsView rollback(@PathVariable long teamId, @PathVariable int number) {
        return routing.rollback(teamId, number, CurrentAgent.actor());
    }

    @GetMapping("/agents")
    List<AgentLoadView> agents(@RequestParam(required = false) Long teamId) {
        return routing.loads(teamId);
    }
}
