package io.frontline.customers.internal;

import io.frontline.customers.CustomerRef;
import io.frontline.customers.IdentityKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

    /** The primary email is the customer's oldest email identity. */
    String REF = "select new io.frontline.customers.CustomerRef(c.id, c.name,"
            + " (select p.value from CustomerIdentity p where p.customer = c"
            + " and p.kind = io.frontline.customers.IdentityKind.EMAIL"
            + " and p.id = (select min(q.id) from CustomerIdentity q where q.customer = c"
            + " and q.kind = io.frontline.customers.IdentityKind.EMAIL)),"
            + " c.organizationId, c.language)";

    @Query(REF + " from Customer c where c.id in :ids")
    List<CustomerRef> refs(@Param("ids") Collection<Long> ids);

    @Query(REF + " from CustomerIdentity i join i.customer c where i.kind = :kind and i.normalized = :normalized")
    Optional<CustomerRef> refByIdentity(@Param("kind") IdentityKind kind, @Param("normalized") String normalized);

    /**
     * The reference of the customer owning an identity or, when that customer was merged, of the one it was merged
     * into; one query, no entity loaded.
     */
    @Query(REF + " from Customer c where c.id = (select coalesce(o.mergedIntoId, o.id) from CustomerIdentity i"
            + " join i.customer o where i.kind = :kind and i.normalized = :normalized)")
    Optional<CustomerRef> refOfOwner(@Param("kind") IdentityKind kind, @Param("normalized") String normalized);

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
