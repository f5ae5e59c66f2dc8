package io.frontline.customers.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerNoteRepository extends JpaRepository<CustomerNote, Long> {

    List<CustomerNote> findByCustomerIdOrderByIdDesc(long customerId);

    @Modifying
    @Query("update CustomerNote n set n.customerId = :survivor where n.customerId = :source")
    int moveAll(@Param("source") long source, @Param("survivor") long survivor);
}
