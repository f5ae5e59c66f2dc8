package io.frontline.tickets.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HistoryRepository extends JpaRepository<HistoryEntry, Long> {

    @Query("select e from HistoryEntry e where e.ticketId = :ticketId and e.id > :after order by e.id")
    List<HistoryEntry> page(@Param("ticketId") long ticketId, @Param("after") long after, Limit limit);
}
