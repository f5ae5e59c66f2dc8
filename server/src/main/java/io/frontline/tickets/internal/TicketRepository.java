package io.frontline.tickets.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TicketRepository extends JpaRepository<Ticket, Long> {

    @Query("select t from Ticket t where t.requesterId = :customerId")
    List<Ticket> findByRequester(@Param("customerId") long customerId);

    @Query("select t from Ticket t where t.organizationId = :organizationId")
    List<Ticket> findByOrganization(@Param("organizationId") long organizationId);
}
