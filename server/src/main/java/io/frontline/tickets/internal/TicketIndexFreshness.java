package io.frontline.tickets.internal;

import io.frontline.tickets.TicketEvents.TicketsMerged;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Re-indexes what a bulk update moved past Hibernate Search's automatic indexing: the messages a merge moved to the
 * target ticket. Runs inside the merge's transaction, so the index changes when the merge commits.
 */
@Component
class TicketIndexFreshness {

    private static final int BATCH = 500;

    private final EntityManager entityManager;
    private final MessageRepository messages;

    TicketIndexFreshness(EntityManager entityManager, MessageRepository messages) {
        this.entityManager = entityManager;
        this.messages = messages;
    }

    @EventListener
    void on(TicketsMerged event) {
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        long after = 0;
        while (true) {
            var page = messages.page(event.targetId(), after, Limit.of(BATCH));
            page.forEach(plan::addOrUpdate);
            if (page.size() < BATCH) {
                return;
            }
            after = page.getLast().getId();
        }
    }
}
