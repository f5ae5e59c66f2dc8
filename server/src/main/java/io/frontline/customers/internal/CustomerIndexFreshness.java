package io.frontline.customers.internal;

import io.frontline.customers.CustomersMerged;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Re-indexes both customers of a merge: their identities move by a bulk update that Hibernate Search's automatic
 * indexing does not see. Runs inside the merge's transaction.
 */
@Component
class CustomerIndexFreshness {

    private final EntityManager entityManager;
    private final CustomerRepository customers;

    CustomerIndexFreshness(EntityManager entityManager, CustomerRepository customers) {
        this.entityManager = entityManager;
        this.customers = customers;
    }

    @EventListener
    void on(CustomersMerged event) {
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        customers.findById(event.survivorId()).ifPresent(plan::addOrUpdate);
        customers.findById(event.sourceId()).ifPresent(plan::addOrUpdate);
    }
}
