package io.frontline.tickets.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MessageRepository extends JpaRepository<Message, Long> {

    @Query("select m from Message m where m.ticketId = :ticketId and m.id > :after order by m.id")
    List<Message> page(@Param("ticketId") long ticketId, @Param("after") long after, Limit limit);

    @Query("select m from Message m where m.ticketId = :ticketId and m.id < :before order by m.id desc")
    List<Message> latestBefore(@Param("ticketId") long ticketId, @Param("before") long before, Limit limit);

    @Query("select count(m) from Message m where m.ticketId = :ticketId")
    int countByTicket(@Param("ticketId") long ticketId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Message m set m.ticketId = :target where m.ticketId = :source")
    int moveAll(@Param("source") long source, @Param("target") long target);
}
