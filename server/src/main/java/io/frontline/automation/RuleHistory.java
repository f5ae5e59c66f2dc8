package io.frontline.automation;

import io.frontline.audit.AuditTrail;
import io.frontline.automation.internal.RuleVersion;
import io.frontline.automation.internal.RuleVersionRepository;
import io.frontline.kernel.Actor;
import io.frontline.kernel.Json;
import io.frontline.kernel.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of every automation rule: each create, update, delete or rollback saves the rule's whole state with who
 * did it, in the same transaction as the change (and an audit record beside it). A rollback is the owning service
 * saving an old snapshot again, as a new version.
 */
@Service
public class RuleHistory {

    /** One saved state of a rule. {@code number} counts from 1 per rule. */
    public record Version(
            long id,
            String kind,
            long ruleId,
            int number,
            String action,
            Map<String, Object> snapshot,
            Actor changedBy,
            Instant changedAt) {}

    private final RuleVersionRepository versions;
    private final AuditTrail audit;
    private final Clock clock;

    RuleHistory(RuleVersionRepository versions, AuditTrail audit, Clock clock) {
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves a rule's state after {@code action} (created, updated, deleted, rolled_back); joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Version record(String kind, long ruleId, String action, Map<String, ?> snapshot, Actor actor) {
        int number = versions.lastNumber(kind, ruleId) + 1;
        RuleVersion saved = versions.save(
                new RuleVersion(kind, ruleId, number, action, Json.write(snapshot), actor, clock.instant()));
        audit.record(actor, kind, ruleId, action, Map.of("version", number, "state", snapshot));
        return view(saved);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Version> list(String kind, long ruleId) {
        return versions.findByKindAndRuleIdOrderByNumberDesc(kind, ruleId).stream()
                .map(RuleHistory::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public Version get(String kind, long ruleId, int number) {
        return versions.findByKindAndRuleIdAndNumber(kind, ruleId, number)
                .map(RuleHistory::view)
                .orElseThrow(() -> new NotFoundException("Version " + number + " of " + kind, ruleId));
    }

    private static Version view(RuleVersion v) {
        return new Version(
                v.getId(),
                v.getKind(),
                v.getRuleId(),
                v.getNumber(),
                v.getAction(),
                Json.readMap(v.getSnapshot()),
                v.getActor(),
                v.getChangedAt());
    }
}
