package io.frontline.channels.email.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InboundMailRepository extends JpaRepository<InboundMail, Long> {

    Optional<InboundMail> findByMailboxIdAndSourceRef(Long mailboxId, String sourceRef);

    @Query(
            "select m from InboundMail m where m.headerMessageId = ?1 and m.state = 'PROCESSED' and m.ticketId is not null"
                    + " order by m.id")
    List<InboundMail> findProcessedByHeaderMessageId(String headerMessageId, Pageable page);

    @Query("select m from InboundMail m where m.state = ?1 order by m.id desc")
    List<InboundMail> findByState(InboundMail.State state, Pageable page);

    @Query("select m from InboundMail m order by m.id desc")
    List<InboundMail> findLatest(Pageable page);

    @Query("select m from InboundMail m where m.state = 'RECEIVED' and m.receivedAt < ?1 order by m.id")
    List<InboundMail> findStale(java.time.Instant before, Pageable page);

    long countByState(InboundMail.State state);
}
