package io.frontline.automation.rest;

import io.frontline.automation.RuleHistory;
import io.frontline.automation.TierRuleInput;
import io.frontline.automation.TierRuleView;
import io.frontline.automation.TierRules;
import io.frontline.identity.CurrentAgent;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tier rules ({@code /api/v1/tier-rules}), for leads and admins. */
@RestController
@RequestMapping("/api/v1/tier-rules")
@PreAuthorize("hasRole('LEAD')")
class TierRuleController {

    private final TierRules rules;

    TierRuleController(TierRules rules) {
        this.rules = rules;
    }

    @GetMapping
    List<TierRuleView> list() {
        return rules.list();
    }

    @GetMapping("/{id}")
    TierRuleView get(@PathVariable long id) {
        return rules.get(id);
    }

    @PostMapping
    ResponseEntity<TierRuleView> create(@Valid @RequestBody TierRuleInput request) {
        TierRuleView created = rules.create(request, CurrentAgent.actor());
        return ResponseEntity.created(URI.create("/api/v1/tier-rules/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    TierRuleView update(@PathVariable long id, @Valid @RequestBody TierRuleInput request) {
        return rules.update(id, request, CurrentAgent.actor());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        rules.delete(id, CurrentAgent.actor());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/versions")
    List<RuleHistory.Version> versions(@PathVariable long id) {
        return rules.versions(id);
    }

    @PostMapping("/{id}/versions/{number}/rollback")
    TierRuleView rollback(@PathVariable long id, @PathVariable int number) {
        return rules.rollback(id, number, CurrentAgent.actor());
    }
}
