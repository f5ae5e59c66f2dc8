package io.frontline.tickets.internal;

import io.frontline.tickets.LinkKind;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TicketLinkRepository extends JpaRepository<TicketLink, Long> {

    @Query("select l from TicketLink l where l.ticketId = :id or l.otherId = :id order by l.id")
    List<TicketLink> involving(@Param("id") long ticketId);

    @Query("select l from TicketLink l where l.kind = :kind and ((l.ticketId = :a and l.otherId = :b)"
            + " or (l.ticketId = :b and l.otherId = :a))")
    List<TicketLink> between(@Param("a") long a, @Param("b") long b, @Param("kind") LinkKind kind);
}
