package io.frontline.automation.rest;

import io.frontline.automation.AutomationQueue;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Trigger runs waiting or quarantined, and rules' webhook deliveries, for leads. */
@RestController
@PreAuthorize("hasRole('LEAD')")
class QueueController {

    private final AutomationQueue queue;

    QueueController(AutomationQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/api/v1/automation/jobs")
    List<AutomationQueue.Job> jobs(@RequestParam(defaultValue = "false") boolean quarantined) {
        return queue.jobs(quarantined);
    }

    @PostMapping("/api/v1/automation/jobs/{id}/retry")
    ResponseEntity<Void> retry(@PathVariable long id) {
        queue.retry(id);
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/api/v1/automation/webhook-deliveries")
    List<AutomationQueue.Delivery> deliveries(@RequestParam(required = false) Long ticketId) {
        return queue.deliveries(ticketId);
    }
}
