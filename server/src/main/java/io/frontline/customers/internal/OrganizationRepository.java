package io.frontline.customers.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    @Query("select o from Organization o join o.domains d where d = :domain and o.mergedIntoId is null")
    Optional<Organization> findByDomain(@Param("domain") String domain);

    @Query("select o from Organization o where o.id < :before and o.mergedIntoId is null"
            + " and (:name is null or lower(o.name) like :name) order by o.id desc")
    List<Organization> page(@Param("before") long before, @Param("name") String namePattern, Limit limit);
}
