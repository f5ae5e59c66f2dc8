package io.frontline.audit.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditRecordRepository extends JpaRepository<AuditRecord, Long> {

    List<AuditRecord> findByEntityTypeAndEntityIdOrderByIdDesc(String entityType, String entityId, Limit limit);

    List<AuditRecord> findByIdLessThanOrderByIdDesc(long beforeId, Limit limit);
}
