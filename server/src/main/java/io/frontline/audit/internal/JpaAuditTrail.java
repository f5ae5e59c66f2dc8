package io.frontline.audit.internal;

import io.frontline.audit.AuditTrail;
import io.frontline.kernel.Actor;
import io.frontline.kernel.Json;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JpaAuditTrail implements AuditTrail {

    private final AuditRecordRepository records;
    private final Clock clock;

    JpaAuditTrail(AuditRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String entityType, Object entityId, String action, Map<String, ?> details) {
        records.save(new AuditRecord(
                clock.instant(), actor, entityType, String.valueOf(entityId), action, Json.write(details)));
    }
}
