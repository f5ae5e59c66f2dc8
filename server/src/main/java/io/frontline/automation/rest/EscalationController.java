package io.frontline.automation.rest;

import io.frontline.automation.EscalationView;
import io.frontline.automation.Escalations;
import io.frontline.automation.RuleHistory;
import io.frontline.identity.CurrentAgent;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Escalating a ticket (any agent), the escalations for reports and the escalation settings (leads). */
@RestController
class EscalationController {

    record EscalateRequest(@Size(max = 2000) String reason, Long toTeamId) {}

    record SettingsRequest(Long escalationTeamId) {}

    private final Escalations escalations;

    EscalationController(Escalations escalations) {
        this.escalations = escalations;
    }

    @PostMapping("/api/v1/tickets/{id}/escalate")
    ResponseEntity<EscalationView> escalate(@PathVariable long id, @RequestBody EscalateRequest request) {
        EscalationView done = escalations.escalate(id, request.reason(), request.toTeamId(), CurrentAgent.actor());
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + id + "/escalations"))
                .body(done);
    }

    @GetMapping("/api/v1/tickets/{id}/escalations")
    List<EscalationView> ofTicket(@PathVariable long id) {
        return escalations.ofTicket(id);
    }

    @GetMapping("/api/v1/escalations")
    @PreAuthorize("hasRole('LEAD')")
    List<EscalationView> list(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Long teamId,
            @RequestParam(defaultValue = "1000") int limit) {
        return escalations.list(instant(from, "from"), instant(to, "to"), teamId, null, limit);
    }

    @GetMapping("/api/v1/escalation-settings")
    @PreAuthorize("hasRole('LEAD')")
    Escalations.Settings settings() {
        return escalations.settings();
    }

    @PutMapping("/api/v1/escalation-settings")
    @PreAuthorize("hasRole('LEAD')")
    Escalations.Settings changeSettings(@RequestBody SettingsRequest request) {
        return escalations.changeSettings(request.escalationTeamId(), CurrentAgent.actor());
    }

    @GetMapping("/api/v1/escalation-settings/versions")
    @PreAuthorize("hasRole('LEAD')")
    List<RuleHistory.Version> settingsVersions() {
        return escalations.settingsVersions();
    }

    private static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    List.of(new FieldViolation(name, "must be an instant like 2026-11-23T09:00:00Z")));
        }
    }
}
