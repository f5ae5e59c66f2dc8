package io.frontline.automation.rest;

import io.frontline.automation.RuleHistory;
import io.frontline.automation.SlaClockView;
import io.frontline.automation.SlaEventView;
import io.frontline.automation.SlaPolicies;
import io.frontline.automation.SlaPolicyInput;
import io.frontline.automation.SlaPolicyView;
import io.frontline.identity.CurrentAgent;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.tickets.Tickets;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** SLA policies (leads manage them), a ticket's SLA clocks (every agent) and recorded breaches (leads). */
@RestController
class SlaController {

    private final SlaPolicies sla;
    private final Tickets tickets;

    SlaController(SlaPolicies sla, Tickets tickets) {
        this.sla = sla;
        this.tickets = tickets;
    }

    @GetMapping("/api/v1/sla-policies")
    @PreAuthorize("hasRole('LEAD')")
    List<SlaPolicyView> list() {
        return sla.list();
    }

    @GetMapping("/api/v1/sla-policies/{id}")
    @PreAuthorize("hasRole('LEAD')")
    SlaPolicyView get(@PathVariable long id) {
        return sla.get(id);
    }

    @PostMapping("/api/v1/sla-policies")
    @PreAuthorize("hasRole('LEAD')")
    ResponseEntity<SlaPolicyView> create(@Valid @RequestBody SlaPolicyInput request) {
        SlaPolicyView created = sla.create(request, CurrentAgent.actor());
        return ResponseEntity.created(URI.create("/api/v1/sla-policies/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/v1/sla-policies/{id}")
    @PreAuthorize("hasRole('LEAD')")
    SlaPolicyView update(@PathVariable long id, @Valid @RequestBody SlaPolicyInput request) {
        return sla.update(id, request, CurrentAgent.actor());
    }

    @DeleteMapping("/api/v1/sla-policies/{id}")
    @PreAuthorize("hasRole('LEAD')")
    ResponseEntity<Void> delete(@PathVariable long id) {
        sla.delete(id, CurrentAgent.actor());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/sla-policies/{id}/versions")
    @PreAuthorize("hasRole('LEAD')")
    List<RuleHistory.Version> versions(@PathVariable long id) {
        sla.get(id);
        return sla.versions(id);
    }

    @PostMapping("/api/v1/sla-policies/{id}/versions/{number}/rollback")
    @PreAuthorize("hasRole('LEAD')")
    SlaPolicyView rollback(@PathVariable long id, @PathVariable int number) {
        return sla.rollback(id, number, CurrentAgent.actor());
    }

    @GetMapping("/api/v1/tickets/{ticketId}/sla")
    List<SlaClockView> clocks(@PathVariable long ticketId) {
        tickets.get(ticketId);
        return sla.clocks(ticketId);
    }

    /** Recorded warnings, breaches and met targets; {@code kind} warning, breach or met. */
    @GetMapping("/api/v1/sla/events")
    @PreAuthorize("hasRole('LEAD')")
    List<SlaEventView> events(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "1000") int limit) {
        String k = kind == null || kind.isBlank() ? null : kind.strip().toUpperCase(Locale.ROOT);
        if (k != null && !List.of("WARNING", "BREACH", "MET").contains(k)) {
            throw new InvalidInputException(List.of(new FieldViolation("kind", "must be warning, breach or met")));
        }
        return sla.events(k, instant(from, "from", Instant.EPOCH), instant(to, "to", Instant.now()), limit);
    }

    private static Instant instant(String value, String name, Instant otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    List.of(new FieldViolation(name, "must be an instant like 2026-11-23T09:00:00Z")));
        }
    }
}
