package io.frontline.audit;

import io.frontline.kernel.Actor;
import java.util.Map;

/**
 * Records a change in the caller's transaction, so the record exists exactly when the change does. Ticket changes are
 * audited by the ticket history instead.
 */
public interface AuditTrail {

    void record(Actor actor, String entityType, Object entityId, String action, Map<String, ?> details);
}
