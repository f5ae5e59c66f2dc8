package io.frontline.automation.rest;

import io.frontline.automation.BusinessHours;
import io.frontline.automation.BusinessHoursInput;
import io.frontline.automation.BusinessHoursView;
import io.frontline.automation.RuleHistory;
import io.frontline.identity.CurrentAgent;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Business-hours calendars: leads manage them, like SLA policies. */
@RestController
@PreAuthorize("hasRole('LEAD')")
class BusinessHoursController {

    private final BusinessHours hours;

    BusinessHoursController(BusinessHours hours) {
        this.hours = hours;
    }

    @GetMapping("/api/v1/business-hours")
    List<BusinessHoursView> list() {
        return hours.list();
    }

    @GetMapping("/api/v1/business-hours/{id}")
    BusinessHoursView get(@PathVariable long id) {
        return hours.get(id);
    }

    @PostMapping("/api/v1/business-hours")
    ResponseEntity<BusinessHoursView> create(@Valid @RequestBody BusinessHoursInput request) {
        BusinessHoursView created = hours.create(request, CurrentAgent.actor());
        return ResponseEntity.created(URI.create("/api/v1/business-hours/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/v1/business-hours/{id}")
    BusinessHoursView update(@PathVariable long id, @Valid @RequestBody BusinessHoursInput request) {
        return hours.update(id, request, CurrentAgent.actor());
    }

    @DeleteMapping("/api/v1/business-hours/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        hours.delete(id, CurrentAgent.actor());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/business-hours/{id}/versions")
    List<RuleHistory.Version> versions(@PathVariable long id) {
        hours.get(id);
        return hours.versions(id);
    }

    @PostMapping("/api/v1/business-hours/{id}/versions/{number}/rollback")
    BusinessHoursView rollback(@PathVariable long id, @PathVariable int number) {
        return hours.rollback(id, number, CurrentAgent.actor());
    }
}
