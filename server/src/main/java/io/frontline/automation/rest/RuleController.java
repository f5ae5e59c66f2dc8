package io.frontline.automation.rest;

import io.frontline.automation.AutomationRules;
import io.frontline.automation.DryRun;
import io.frontline.automation.RuleHistory;
import io.frontline.automation.RuleInput;
import io.frontline.automation.RuleKind;
import io.frontline.automation.RuleView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Triggers ({@code /api/v1/triggers}) and time rules ({@code /api/v1/time-rules}), for leads and admins. */
@RestController
@RequestMapping("/api/v1/{rules:triggers|time-rules}")
@PreAuthorize("hasRole('LEAD')")
class RuleController {

    /** A dry run of a rule that need not be saved yet. */
    record DryRunRequest(@Valid RuleInput rule, Integer limit) {}

    record ReorderRequest(List<Long> ids) {}

    private final AutomationRules automation;

    RuleController(AutomationRules automation) {
        this.automation = automation;
    }

    @GetMapping
    List<RuleView> list(@PathVariable String rules) {
        return automation.list(kind(rules));
    }

    @GetMapping("/{id}")
    RuleView get(@PathVariable String rules, @PathVariable long id) {
        return automation.get(kind(rules), id);
    }

    @PostMapping
    ResponseEntity<RuleView> create(@PathVariable String rules, @Valid @RequestBody RuleInput request) {
        RuleView created = automation.create(kind(rules), request, CurrentAgent.actor());
        return ResponseEntity.created(URI.create("/api/v1/" + rules + "/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    RuleView update(@PathVariable String rules, @PathVariable long id, @Valid @RequestBody RuleInput request) {
        return automation.update(kind(rules), id, request, CurrentAgent.actor());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String rules, @PathVariable long id) {
        automation.delete(kind(rules), id, CurrentAgent.actor());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/order")
    List<RuleView> reorder(@PathVariable String rules, @RequestBody ReorderRequest request) {
        return automation.reorder(kind(rules), request.ids() == null ? List.of() : request.ids(), CurrentAgent.actor());
    }

    @GetMapping("/{id}/versions")
    List<RuleHistory.Version> versions(@PathVariable String rules, @PathVariable long id) {
        automation.get(kind(rules), id);
        return automation.versions(kind(rules), id);
    }

    @PostMapping("/{id}/versions/{number}/rollback")
    RuleView rollback(@PathVariable String rules, @PathVariable long id, @PathVariable int number) {
        return automation.rollback(kind(rules), id, number, CurrentAgent.actor());
    }

    @PostMapping("/dry-run")
    DryRun dryRun(@PathVariable String rules, @Valid @RequestBody DryRunRequest request) {
        return automation.dryRun(kind(rules), request.rule(), request.limit() == null ? 100 : request.limit());
    }

    @GetMapping("/{id}/dry-run")
    DryRun dryRunSaved(
            @PathVariable String rules, @PathVariable long id, @RequestParam(defaultValue = "100") int limit) {
        RuleView rule = automation.get(kind(rules), id);
        return automation.dryRun(
                kind(rules),
                new RuleInput(
                        rule.name(),
                        rule.description(),
                        rule.active(),
                        rule.position(),
                        rule.events(),
                        rule.conditions(),
                        rule.actions()),
                limit);
    }

    private static RuleKind kind(String rules) {
        return rules.equals("triggers") ? RuleKind.TRIGGER : RuleKind.TIME_RULE;
    }
}
