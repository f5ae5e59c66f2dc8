package io.frontline.automation.web;

import io.frontline.automation.Conditions;
import io.frontline.automation.Escalations;
import io.frontline.automation.TierRuleInput;
import io.frontline.automation.TierRuleView;
import io.frontline.automation.TierRules;
import io.frontline.automation.internal.RuleConditions;
import io.frontline.automation.internal.TierGuard;
import io.frontline.identity.CurrentAgent;
import io.frontline.identity.IdentityAdmin;
import io.frontline.identity.Role;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.FrontlineException;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.Json;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.type.TypeReference;

/** Where leads set tier rules (conditions as JSON, guarded changes, the tier or role they need) and the escalation team. */
@Controller
@PreAuthorize("hasRole('LEAD')")
class TierPages {

    record TierForm(
            String name,
            String description,
            Boolean active,
            String conditions,
            List<String> actions,
            Integer minTier,
            String requiresRole) {}

    private final TierRules rules;
    private final Escalations escalations;
    private final IdentityAdmin identity;
    private final MessageSource messages;

    TierPages(TierRules rules, Escalations escalations, IdentityAdmin identity, MessageSource messages) {
        this.rules = rules;
        this.escalations = escalations;
        this.identity = identity;
        this.messages = messages;
    }

    @GetMapping("/automation/tiers")
    String page(
            @RequestParam(required = false) Long edit,
            @RequestParam(required = false) Long versions,
            @RequestParam(required = false) Boolean settingsVersions,
            Model model) {
        model.addAttribute("rules", rules.list());
        TierRuleView editing = edit == null ? null : rules.get(edit);
        model.addAttribute("editing", editing);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    editing == null
                            ? new TierForm(
                                    "",
                                    "",
                                    true,
                                    "{\"all\": [{\"field\": \"priority\", \"op\": \"is\", \"value\": \"urgent\"}],"
                                            + " \"any\": []}",
                                    List.of("solve"),
                                    null,
                                    "LEAD")
                            : new TierForm(
                                    editing.name(),
                                    editing.description(),
                                    editing.active(),
                                    Json.write(editing.conditions()),
                                    editing.actions(),
                                    editing.minTier(),
                                    editing.requiresRole() == null
                                            ? null
                                            : editing.requiresRole().name()));
        }
        model.addAttribute("guarded", TierGuard.GUARDED);
        model.addAttribute("versions", versions == null ? null : rules.versions(versions));
        model.addAttribute("versionsOf", versions);
        model.addAttribute("settings", escalations.settings());
        model.addAttribute(
                "settingsHistory", Boolean.TRUE.equals(settingsVersions) ? escalations.settingsVersions() : null);
        model.addAttribute("teams", identity.teams());
        model.addAttribute("section", "tiers");
        model.addAttribute("fieldNames", RuleConditions.fieldNames());
        return "automation/tiers";
    }

    @PostMapping("/automation/tiers")
    String save(@RequestParam(required = false) Long id, TierForm form, RedirectAttributes redirect) {
        try {
            TierRuleInput input = new TierRuleInput(
                    form.name(),
                    form.description(),
                    Boolean.TRUE.equals(form.active()),
                    parse(form.conditions()),
                    form.actions() == null ? List.of() : form.actions(),
                    form.minTier(),
                    form.requiresRole() == null || form.requiresRole().isBlank()
                            ? null
                            : Role.valueOf(form.requiresRole()));
            if (id == null) {
                rules.create(input, CurrentAgent.actor());
            } else {
                rules.update(id, input, CurrentAgent.actor());
            }
            redirect.addFlashAttribute("notice", text("admin.saved"));
            return "redirect:/automation/tiers";
        } catch (FrontlineException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", FrontlineException.describe(e));
            redirect.addFlashAttribute("form", form);
            return id == null ? "redirect:/automation/tiers" : "redirect:/automation/tiers?edit=" + id;
        }
    }

    @PostMapping("/automation/tiers/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        rules.delete(id, CurrentAgent.actor());
        redirect.addFlashAttribute("notice", text("automation.deleted"));
        return "redirect:/automation/tiers";
    }

    @PostMapping("/automation/tiers/{id}/rollback/{number}")
    String rollback(@PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
        rules.rollback(id, number, CurrentAgent.actor());
        redirect.addFlashAttribute("notice", text("automation.restored", number));
        return "redirect:/automation/tiers?versions=" + id;
    }

    @PostMapping("/automation/tiers/escalation-team")
    String escalationTeam(@RequestParam(required = false) Long escalationTeamId, RedirectAttributes redirect) {
        try {
            escalations.changeSettings(escalationTeamId, CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("admin.saved"));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", FrontlineException.describe(e));
        }
        return "redirect:/automation/tiers";
    }

    private static Conditions parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return Json.read(json, new TypeReference<Conditions>() {});
        } catch (RuntimeException e) {
            throw new InvalidInputException(
                    List.of(new FieldViolation("conditions", "is not valid JSON of the right shape")));
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
