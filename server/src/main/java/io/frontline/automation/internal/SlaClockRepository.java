package io.frontline.automation.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    List<SlaClock> findByTicketIdOrderById(long ticketId);

    @Query("select c.id from SlaClock c where c.state = 'RUNNING' and c.warnAt <= ?1 order by c.warnAt")
    List<Long> warningDue(Instant now, Limit limit);

    @Query("select c.id from SlaClock c where c.state = 'RUNNING' and c.dueAt <= ?1 and c.breachedAt is null"
            + " order by c.dueAt")
    List<Long> breachDue(Instant now, Limit limit);
}
