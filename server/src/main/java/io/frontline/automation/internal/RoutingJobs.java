package io.frontline.automation.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The safety net of ticket routing, on one node at a time: routes what waits even when no event said so here (a
 * capacity raised, a change on another node, a pass that failed).
 */
@Component
class RoutingJobs {

    private final TicketRouter router;

    RoutingJobs(TicketRouter router) {
        this.router = router;
    }

    @Scheduled(fixedDelayString = "${frontline.automation.routing-interval:15s}", initialDelayString = "PT15S")
    @SchedulerLock(name = "ticket-routing", lockAtMostFor = "PT5M")
    void sweep() {
        router.route();
    }
}
