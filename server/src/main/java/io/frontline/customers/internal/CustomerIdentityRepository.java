package io.frontline.customers.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerIdentityRepository extends JpaRepository<CustomerIdentity, Long> {

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            value = "update customer_identity set customer_id = :survivor where customer_id = :source",
            nativeQuery = true)
    int moveAll(@Param("source") long source, @Param("survivor") long survivor);
}
