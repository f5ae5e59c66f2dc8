package io.frontline.automation.web;

import io.frontline.automation.AutomationQueue;
import io.frontline.automation.AutomationRules;
import io.frontline.automation.Conditions;
import io.frontline.automation.RuleAction;
import io.frontline.automation.RuleInput;
import io.frontline.automation.RuleKind;
import io.frontline.automation.RuleView;
import io.frontline.automation.SlaPolicies;
import io.frontline.automation.SlaPolicyInput;
import io.frontline.automation.SlaPolicyView;
import io.frontline.automation.TriggerEvent;
import io.frontline.automation.internal.RuleConditions;
import io.frontline.identity.CurrentAgent;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.FrontlineException;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.Json;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

/**
 * Where leads set SLA policies, triggers and time rules: conditions and actions are edited as JSON next to a reference
 * of the fields, every rule can be tried on recent tickets before it is saved, and every version can be restored.
 */
@Controller
@PreAuthorize("hasRole('LEAD')")
class AutomationPages {

    /** The rule editor's fields; conditions and actions as JSON text. */
    record RuleForm(
            String name,
            String description,
            Boolean active,
            Integer position,
            List<String> events,
            String conditions,
            String actions,
            String submit) {}

    record PolicyForm(
            String name,
            String description,
            Boolean active,
            Integer position,
            String conditions,
            Integer firstReplyMinutes,
            Integer nextReplyMinutes,
            Integer resolutionMinutes,
            Boolean businessHours,
            Integer warnPercent) {}

    private final AutomationRules rules;
    private final SlaPolicies sla;
    private final AutomationQueue queue;
    private final MessageSource messages;

    AutomationPages(AutomationRules rules, SlaPolicies sla, AutomationQueue queue, MessageSource messages) {
        this.rules = rules;
        this.sla = sla;
        this.queue = queue;
        this.messages = messages;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    @GetMapping("/automation")
    String home() {
        return "redirect:/automation/sla";
    }

    @GetMapping("/automation/sla")
    String policies(
            @RequestParam(required = false) Long edit, @RequestParam(required = false) Long versions, Model model) {
        model.addAttribute("policies", sla.list());
        SlaPolicyView editing = edit == null ? null : sla.get(edit);
        model.addAttribute("editing", editing);
        model.addAttribute(
                "conditionsJson", editing == null ? "{\"all\": [], \"any\": []}" : Json.write(editing.conditions()));
        model.addAttribute("versions", versions == null ? null : sla.versions(versions));
        model.addAttribute("versionsOf", versions);
        common(model, "sla");
        return "automation/sla";
    }

    @PostMapping("/automation/sla")
    String savePolicy(@RequestParam(required = false) Long id, PolicyForm form, RedirectAttributes redirect) {
        try {
            SlaPolicyInput input = new SlaPolicyInput(
                    form.name(),
                    form.description(),
                    Boolean.TRUE.equals(form.active()),
                    form.position(),
                    parse(form.conditions(), "conditions", new TypeReference<Conditions>() {}),
                    form.firstReplyMinutes(),
                    form.nextReplyMinutes(),
                    form.resolutionMinutes(),
                    Boolean.TRUE.equals(form.businessHours()),
                    form.warnPercent());
            if (id == null) {
                sla.create(input, CurrentAgent.actor());
            } else {
                sla.update(id, input, CurrentAgent.actor());
            }
            redirect.addFlashAttribute("notice", text("admin.saved"));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", FrontlineException.describe(e));
            return id == null ? "redirect:/automation/sla" : "redirect:/automation/sla?edit=" + id;
        }
        return "redirect:/automation/sla";
    }

    @PostMapping("/automation/sla/{id}/delete")
    String deletePolicy(@PathVariable long id, RedirectAttributes redirect) {
        sla.delete(id, CurrentAgent.actor());
        redirect.addFlashAttribute("notice", text("automation.deleted"));
        return "redirect:/automation/sla";
    }

    @PostMapping("/automation/sla/{id}/rollback/{number}")
    String rollbackPolicy(@PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
        sla.rollback(id, number, CurrentAgent.actor());
        redirect.addFlashAttribute("notice", text("automation.restored", number));
        return "redirect:/automation/sla?versions=" + id;
    }

    @GetMapping("/automation/{rules:triggers|time-rules}")
    String rules(
            @PathVariable String rules,
            @RequestParam(required = false) Long edit,
            @RequestParam(required = false) Long versions,
            Model model) {
        RuleKind kind = kind(rules);
        model.addAttribute("rules", this.rules.list(kind));
        RuleView editing = edit == null ? null : this.rules.get(kind, edit);
        model.addAttribute("editing", editing);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    editing == null
                            ? new RuleForm(
                                    "",
                                    "",
                                    true,
                                    null,
                                    List.of(),
                                    "{\"all\": [], \"any\": []}",
                                    "[{\"type\": \"add_tags\", \"value\": [\"example\"]}]",
                                    null)
                            : new RuleForm(
                                    editing.name(),
                                    editing.description(),
                                    editing.active(),
                                    editing.position(),
                                    editing.events().stream().map(Enum::name).toList(),
                                    Json.write(editing.conditions()),
                                    Json.write(editing.actions()),
                                    null));
        }
        model.addAttribute("versions", versions == null ? null : this.rules.versions(kind, versions));
        model.addAttribute("versionsOf", versions);
        model.addAttribute("kind", kind);
        model.addAttribute("path", rules);
        model.addAttribute("events", TriggerEvent.values());
        common(model, rules);
        return "automation/rules";
    }

    @PostMapping("/automation/{rules:triggers|time-rules}")
    String saveRule(
            @PathVariable String rules,
            @RequestParam(required = false) Long id,
            RuleForm form,
            RedirectAttributes redirect) {
        RuleKind kind = kind(rules);
        String back = "redirect:/automation/" + rules + (id == null ? "" : "?edit=" + id);
        try {
            RuleInput input = input(kind, form);
            if ("dry-run".equals(form.submit())) {
                redirect.addFlashAttribute("dryRun", this.rules.dryRun(kind, input, 200));
                redirect.addFlashAttribute("form", form);
                return back;
            }
            if (id == null) {
                this.rules.create(kind, input, CurrentAgent.actor());
            } else {
                this.rules.update(kind, id, input, CurrentAgent.actor());
            }
            redirect.addFlashAttribute("notice", text("admin.saved"));
            return "redirect:/automation/" + rules;
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", FrontlineException.describe(e));
            redirect.addFlashAttribute("form", form);
            return back;
        }
    }

    @PostMapping("/automation/{rules:triggers|time-rules}/{id}/delete")
    String deleteRule(@PathVariable String rules, @PathVariable long id, RedirectAttributes redirect) {
        this.rules.delete(kind(rules), id, CurrentAgent.actor());
        redirect.addFlashAttribute("notice", text("automation.deleted"));
        return "redirect:/automation/" + rules;
    }

    @PostMapping("/automation/{rules:triggers|time-rules}/{id}/rollback/{number}")
    String rollbackRule(
            @PathVariable String rules, @PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
        this.rules.rollback(kind(rules), id, number, CurrentAgent.actor());
        redirect.addFlashAttribute("notice", text("automation.restored", number));
        return "redirect:/automation/" + rules + "?versions=" + id;
    }

    @GetMapping("/automation/queue")
    String queue(Model model) {
        model.addAttribute("jobs", queue.jobs(false));
        model.addAttribute("deliveries", queue.deliveries(null));
        common(model, "queue");
        return "automation/queue";
    }

    @PostMapping("/automation/queue/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        queue.retry(id);
        redirect.addFlashAttribute("notice", text("automation.queuedAgain"));
        return "redirect:/automation/queue";
    }

    private static RuleInput input(RuleKind kind, RuleForm form) {
        Set<TriggerEvent> events = EnumSet.noneOf(TriggerEvent.class);
        if (kind == RuleKind.TRIGGER && form.events() != null) {
            events.addAll(form.events().stream().map(TriggerEvent::valueOf).collect(Collectors.toSet()));
        }
        return new RuleInput(
                form.name(),
                form.description(),
                Boolean.TRUE.equals(form.active()),
                form.position(),
                kind == RuleKind.TRIGGER ? events : null,
                parse(form.conditions(), "conditions", new TypeReference<Conditions>() {}),
                parse(form.actions(), "actions", new TypeReference<List<RuleAction>>() {}));
    }

    private static <T> T parse(String json, String field, TypeReference<T> type) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return Json.read(json, type);
        } catch (RuntimeException e) {
            throw new InvalidInputException(List.of(new FieldViolation(field, "is not valid JSON of the right shape")));
        }
    }

    private static void common(Model model, String section) {
        model.addAttribute("section", section);
        model.addAttribute("fieldNames", RuleConditions.fieldNames());
    }

    private static RuleKind kind(String rules) {
        return rules.equals("triggers") ? RuleKind.TRIGGER : RuleKind.TIME_RULE;
    }
}
