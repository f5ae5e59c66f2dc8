package io.frontline.audit.internal;

import io.frontline.kernel.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the audit trail, for admins. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    record AuditEntry(
            long id,
            Instant at,
            String actorType,
            Long actorId,
            String actorName,
            String entityType,
            String entityId,
            String action,
            Map<String, Object> details) {}

    record AuditPage(List<AuditEntry> items, String nextCursor) {}

    private final AuditRecordRepository records;

    AuditController(AuditRecordRepository records) {
        this.records = records;
    }

    @GetMapping
    @Transactional(readOnly = true)
    AuditPage list(
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) Long cursor,
            @RequestParam(defaultValue = "50") int limit) {
        int size = Math.clamp(limit, 1, 200);
        List<AuditRecord> found = entityType != null && entityId != null
                ? records.findByEntityTypeAndEntityIdOrderByIdDesc(entityType, entityId, Limit.of(size + 1))
                : records.findByIdLessThanOrderByIdDesc(cursor == null ? Long.MAX_VALUE : cursor, Limit.of(size + 1));
        boolean more = found.size() > size;
        List<AuditEntry> items = found.stream()
                .limit(size)
                .map(r -> new AuditEntry(
                        r.getId(),
                        r.getAt(),
                        r.getActorType().name().toLowerCase(),
                        r.getActorId(),
                        r.getActorName(),
                        r.getEntityType(),
                        r.getEntityId(),
                        r.getAction(),
                        Json.readMap(r.getDetails())))
                .toList();
        String next = more ? String.valueOf(items.getLast().id()) : null;
        return new AuditPage(items, next);
    }
}
