package io.frontline.identity.rest;

import io.frontline.identity.CurrentAgent;
import io.frontline.identity.IdentityAdmin;
import io.frontline.identity.NewTeam;
import io.frontline.identity.TeamChanges;
import io.frontline.identity.TeamView;
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
@RequestMapping("/api/v1/teams")
class TeamController {

    private final IdentityAdmin admin;

    TeamController(IdentityAdmin admin) {
        this.admin = admin;
    }

    @GetMapping
    List<TeamView> list() {
        return admin.teams();
    }

    @GetMapping("/{id}")
    TeamView get(@PathVariable long id) {
        return admin.team(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TeamView> create(@Valid @RequestBody NewTeam request) {
        TeamView created = admin.createTeam(request, CurrentAgent.actor());
        return ResponseEntity.created(URI.create("/api/v1/teams/" + created.id()))
                .body(created);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    TeamView update(@PathVariable long id, @Valid @RequestBody TeamChanges request) {
        return admin.updateTeam(id, request, CurrentAgent.actor());
    }
}
