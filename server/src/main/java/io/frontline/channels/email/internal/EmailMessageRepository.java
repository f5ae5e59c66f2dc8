package io.frontline.channels.email.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EmailMessageRepository extends JpaRepository<EmailMessage, Long> {

    @Query("select e from EmailMessage e where e.headerMessageId in ?1 order by e.id desc")
    List<EmailMessage> findByHeaderMessageIds(Collection<String> ids);

    List<EmailMessage> findByTicketIdOrderById(long ticketId);

    List<EmailMessage> findByMessageIdIn(Collection<Long> messageIds);

    @Query(
            "select e.id from EmailMessage e where e.state = 'QUEUED' and e.nextAttemptAt <= ?1 order by e.nextAttemptAt")
    List<Long> findDue(Instant now, Pageable page);

    @Query("select e from EmailMessage e where e.state = 'SENDING' and e.nextAttemptAt < ?1")
    List<EmailMessage> findStuck(Instant before);
}
