package io.frontline.channels.email.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MailboxRepository extends JpaRepository<Mailbox, Long> {

    @Query("select m from Mailbox m where lower(m.address) = lower(?1)")
    Optional<Mailbox> findByAddress(String address);

    List<Mailbox> findAllByOrderByAddress();

    // bulk updates leave the version alone: reading a mailbox must not make an admin's edit of it stale

    @Modifying
    @Query("update Mailbox m set m.imapUidValidity = ?2, m.imapLastUid = ?3 where m.id = ?1")
    void seen(long id, long uidValidity, long lastUid);

    @Modifying
    @Query("update Mailbox m set m.lastPolledAt = ?2, m.lastError = null where m.id = ?1")
    void polled(long id, Instant at);

    @Modifying
    @Query("update Mailbox m set m.lastPolledAt = ?2, m.lastError = ?3, m.lastErrorAt = ?2 where m.id = ?1")
    void failed(long id, Instant at, String error);
}
