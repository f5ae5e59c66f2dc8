package io.frontline.customers.internal;

import io.frontline.customers.IdentityKind;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

    @Query("select i.customer from CustomerIdentity i where i.kind = :kind and i.normalized = :normalized")
    Optional<Customer> findByIdentity(@Param("kind") IdentityKind kind, @Param("normalized") String normalized);

    @Query("select c from Customer c where c.id < :before and c.mergedIntoId is null"
            + " and (:organizationId is null or c.organizationId = :organizationId)"
            + " and (:name is null or lower(c.name) like :name) order by c.id desc")
    List<Customer> page(
            @Param("before") long before,
            @Param("organizationId") Long organizationId,
            @Param("name") String namePattern,
            Limit limit);

    @Modifying
    @Query("update Customer c set c.organizationId = :survivor where c.organizationId = :source")
    int moveOrganization(@Param("source") long source, @Param("survivor") long survivor);
}
