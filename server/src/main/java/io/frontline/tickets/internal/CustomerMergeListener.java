package io.frontline.tickets.internal;

import io.frontline.customers.CustomersMerged;
import io.frontline.customers.OrganizationsMerged;
import io.frontline.tickets.Tickets;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves tickets when customers or organizations are merged. Runs synchronously inside the merge's transaction, so
 * that a merge and its tickets move together or not at all.
 */
@Component
class CustomerMergeListener {

    private final Tickets tickets;

    CustomerMergeListener(Tickets tickets) {
        this.tickets = tickets;
    }

    @EventListener
    void on(CustomersMerged event) {
        tickets.reassignRequester(event.sourceId(), event.survivorId(), event.actor());
    }

    @EventListener
    void on(OrganizationsMerged event) {
        tickets.reassignOrganization(event.sourceId(), event.survivorId(), event.actor());
    }
}
