package io.frontline.tickets.rest;

import io.frontline.tickets.Page;
import io.frontline.tickets.TimelineEntry;
import io.frontline.tickets.Timelines;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The cross-channel history of a customer or an organization: every message of their tickets, newest first. */
@RestController
class TimelineController {

    private final Timelines timelines;

    TimelineController(Timelines timelines) {
        this.timelines = timelines;
    }

    @GetMapping("/api/v1/customers/{id}/timeline")
    Page<TimelineEntry> customer(
            @PathVariable long id,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        return timelines.forCustomer(id, cursor, limit);
    }

    @GetMapping("/api/v1/organizations/{id}/timeline")
    Page<TimelineEntry> organization(
            @PathVariable long id,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        return timelines.forOrganization(id, cursor, limit);
    }
}
