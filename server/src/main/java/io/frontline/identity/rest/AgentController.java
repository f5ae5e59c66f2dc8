package io.frontline.identity.rest;

import io.frontline.identity.AgentChanges;
import io.frontline.identity.AgentView;
import io.frontline.identity.CurrentAgent;
import io.frontline.identity.IdentityAdmin;
import io.frontline.identity.NewAgent;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agents")
class AgentController {

    private final IdentityAdmin admin;

    AgentController(IdentityAdmin admin) {
        this.admin = admin;
    }

    @GetMapping
    List<AgentView> list() {
        return admin.agents();
    }

    @GetMapping("/me")
    AgentView me() {
        return admin.agent(CurrentAgent.require().id());
    }

    @GetMapping("/{id}")
    AgentView get(@PathVariable long id) {
        return admin.agent(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<AgentView> create(@Valid @RequestBody NewAgent request) {
        AgentView created = admin.createAgent(request, CurrentAgent.actor());
        return ResponseEntity.created(URI.create("/api/v1/agents/" + created.id()))
                .body(created);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    AgentView update(@PathVariable long id, @Valid @RequestBody AgentChanges request) {
        return admin.updateAgent(id, request, CurrentAgent.actor());
    }
}
