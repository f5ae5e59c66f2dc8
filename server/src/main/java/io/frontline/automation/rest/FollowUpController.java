package io.frontline.automation.rest;

import io.frontline.automation.FollowUpInput;
import io.frontline.automation.FollowUpView;
import io.frontline.automation.FollowUps;
import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.CurrentAgent;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in agent's follow-up reminders, per ticket and across tickets. */
@RestController
class FollowUpController {

    private final FollowUps followUps;

    FollowUpController(FollowUps followUps) {
        this.followUps = followUps;
    }

    @PostMapping("/api/v1/tickets/{id}/follow-ups")
    ResponseEntity<FollowUpView> create(@PathVariable long id, @Valid @RequestBody FollowUpInput request) {
        FollowUpView created =
                followUps.create(id, request, CurrentAgent.require().actor());
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + id + "/follow-ups/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/tickets/{id}/follow-ups")
    List<FollowUpView> onTicket(@PathVariable long id) {
        return followUps.onTicket(id, CurrentAgent.require().id());
    }

    @DeleteMapping("/api/v1/tickets/{id}/follow-ups/{followUpId}")
    ResponseEntity<Void> cancel(@PathVariable long id, @PathVariable long followUpId) {
        AgentPrincipal me = CurrentAgent.require();
        followUps.cancel(id, followUpId, me.actor());
        return ResponseEntity.noContent().build();
    }

    /** {@code mine=true} (the default; reminders are private) lists pending ones; {@code all=true} adds the fired. */
    @GetMapping("/api/v1/follow-ups")
    List<FollowUpView> mine(
            @RequestParam(defaultValue = "true") boolean mine, @RequestParam(defaultValue = "false") boolean all) {
        return followUps.mine(CurrentAgent.require().id(), !all);
    }
}
