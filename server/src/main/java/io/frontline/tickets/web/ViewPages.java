package io.frontline.tickets.web;

import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.CurrentAgent;
import io.frontline.identity.IdentityAdmin;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.NotFoundException;
import io.frontline.tickets.Channel;
import io.frontline.tickets.FieldCondition;
import io.frontline.tickets.Priority;
import io.frontline.tickets.RelativeTime;
import io.frontline.tickets.TicketFields;
import io.frontline.tickets.TicketQuery;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketType;
import io.frontline.tickets.internal.SavedView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The navigation with live counts, and creating, editing and deleting custom views. */
@Controller
class ViewPages {

    /** Custom field filters are form parameters {@code cf.<key>}, {@code cf.<key>.min} and {@code cf.<key>.max}. */
    private static final String FIELD_PARAM = "cf.";

    /** The width of the column that stores a view's filters. */
    private static final int MAX_FILTER_JSON = 4000;

    private final Queues queues;
    private final IdentityAdmin identity;
    private final TicketFields fields;
    private final MessageSource messages;

    ViewPages(Queues queues, IdentityAdmin identity, TicketFields fields, MessageSource messages) {
        this.queues = queues;
        this.identity = identity;
        this.fields = fields;
        this.messages = messages;
    }

    @GetMapping("/views/nav")
    String nav(@RequestParam(required = false) String active, Model model) {
        model.addAttribute("nav", queues.navigation(CurrentAgent.require()));
        model.addAttribute("activeView", active);
        return "web/layout :: sidenav";
    }

    @GetMapping("/views/new")
    String create(Model model) {
        model.addAttribute("form", ViewForm.empty());
        return form(null, Map.of(), model);
    }

    @GetMapping("/views/{key}/edit")
    String edit(@PathVariable String key, Model model) {
        SavedView view = queues.owned(id(key), CurrentAgent.require());
        ViewFilter filter = ViewFilter.fromJson(view.getFilters());
        model.addAttribute("form", ViewForm.of(view.getName(), view.getTeamId(), filter));
        return form(key, fieldParams(filter.fields()), model);
    }

    /** The form; {@code cf} holds the custom field inputs' values by parameter name. */
    private String form(String key, Map<String, String> cf, Model model) {
        AgentPrincipal me = CurrentAgent.require();
        model.addAttribute("key", key);
        model.addAttribute("activeView", key);
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("types", TicketType.values());
        model.addAttribute("units", RelativeTime.Unit.values());
        model.addAttribute("sorts", TicketQuery.Sort.values());
        model.addAttribute("teams", identity.teams());
        model.addAttribute("myTeams", queues.teamsOf(me));
        model.addAttribute(
                "agents", identity.agents().stream().filter(a -> a.active()).toList());
        model.addAttribute(
                "fields",
                fields.list().stream()
                        .filter(f -> f.active() || cf.keySet().stream().anyMatch(p -> isParamOf(p, f.key())))
                        .toList());
        model.addAttribute("cf", cf);
        return "tickets/view-form";
    }

    @PostMapping("/views")
    String save(
            @RequestParam(required = false) String key,
            ViewForm form,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        AgentPrincipal me = CurrentAgent.require();
        List<String> errors = new ArrayList<>();
        if (form.name() == null || form.name().isBlank() || form.name().strip().length() > 120) {
            errors.add(text("viewForm.nameRequired"));
        }
        ViewFilter.Dates created = dates(
                form.createdFrom(),
                form.createdTo(),
                form.createdWithin(),
                form.createdWithinUnit(),
                form.createdOlderThan(),
                form.createdOlderThanUnit(),
                errors);
        ViewFilter.Dates updated = dates(
                form.updatedFrom(),
                form.updatedTo(),
                form.updatedWithin(),
                form.updatedWithinUnit(),
                form.updatedOlderThan(),
                form.updatedOlderThanUnit(),
                errors);
        List<FieldViolation> problems = new ArrayList<>();
        List<FieldCondition> conditions = fields.conditions(params, FIELD_PARAM, problems);
        fieldErrors(problems, errors);
        Long sharedWith = form.teamId() != null && queues.teamsOf(me).contains(form.teamId()) ? form.teamId() : null;
        ViewFilter filter = new ViewFilter(
                form.statuses(),
                form.priorities(),
                form.channels(),
                form.types(),
                form.filterTeamId() == null ? List.of() : List.of(form.filterTeamId()),
                form.assignee() == null || form.assignee().isBlank() ? null : form.assignee(),
                tags(form.tags()),
                created,
                updated,
                conditions,
                TicketQuery.Sort.parse(form.sort()));
        if (errors.isEmpty() && filter.toJson().length() > MAX_FILTER_JSON) {
            errors.add(text("viewForm.tooManyFilters"));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("error", String.join(" ", errors));
            Map<String, String> submitted = new LinkedHashMap<>();
            params.forEach((name, values) -> {
                if (name.startsWith(FIELD_PARAM) && !values.isEmpty()) {
                    submitted.put(name, values.getFirst());
                }
            });
            return form(key, submitted, model);
        }
        SavedView saved = queues.save(
                key == null || key.isBlank() ? null : id(key), form.name().strip(), sharedWith, filter, me);
        redirect.addFlashAttribute("notice", text("viewForm.saved"));
        return "redirect:/views/v" + saved.getId();
    }

    @PostMapping("/views/{key}/delete")
    String delete(@PathVariable String key, RedirectAttributes redirect) {
        queues.delete(id(key), CurrentAgent.require());
        redirect.addFlashAttribute("notice", text("viewForm.deleted"));
        return "redirect:/views/mine";
    }

    private ViewFilter.Dates dates(
            LocalDate from,
            LocalDate to,
            Integer within,
            String withinUnit,
            Integer olderThan,
            String olderThanUnit,
            List<String> errors) {
        try {
            return new ViewFilter.Dates(
                    from, to, ViewForm.span(within, withinUnit), ViewForm.span(olderThan, olderThanUnit));
        } catch (IllegalArgumentException e) {
            String message = text("viewForm.spanInvalid");
            if (!errors.contains(message)) {
                errors.add(message);
            }
            return ViewFilter.Dates.ANY;
        }
    }

    /** One message per custom field that could not be read, naming the field as the agent knows it. */
    private void fieldErrors(List<FieldViolation> problems, List<String> errors) {
        if (problems.isEmpty()) {
            return;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        fields.list().forEach(f -> labels.put(f.key(), f.label()));
        Set<String> named = new LinkedHashSet<>();
        for (FieldViolation problem : problems) {
            String key = problem.field().substring(FIELD_PARAM.length()).replaceFirst("\\.(min|max)$", "");
            named.add(labels.getOrDefault(key, key));
        }
        named.forEach(label -> errors.add(text("viewForm.fieldInvalid", label)));
    }

    /** The form parameters that show these conditions again. */
    static Map<String, String> fieldParams(List<FieldCondition> conditions) {
        Map<String, String> params = new LinkedHashMap<>();
        for (FieldCondition condition : conditions) {
            String name = FIELD_PARAM + condition.key();
            switch (condition) {
                case FieldCondition.Is is -> params.put(name, is.value());
                case FieldCondition.Checked checked -> params.put(name, String.valueOf(checked.checked()));
                case FieldCondition.NumberBetween between -> {
                    if (between.min() != null)
                        params.put(name + ".min", between.min().toPlainString());
                    if (between.max() != null)
                        params.put(name + ".max", between.max().toPlainString());
                }
                case FieldCondition.DateBetween between -> {
                    if (between.from() != null)
                        params.put(name + ".min", between.from().toString());
                    if (between.to() != null)
                        params.put(name + ".max", between.to().toString());
                }
            }
        }
        return params;
    }

    private static boolean isParamOf(String param, String key) {
        String name = FIELD_PARAM + key;
        return param.equals(name) || param.equals(name + ".min") || param.equals(name + ".max");
    }

    private static Set<String> tags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        if (text != null) {
            Arrays.stream(text.split(","))
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .map(t -> t.toLowerCase(Locale.ROOT).replaceAll("\\s+", "_"))
                    .forEach(tags::add);
        }
        return tags;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static long id(String key) {
        if (!key.matches("v\\d{1,18}")) {
            throw new NotFoundException("View", key);
        }
        return Long.parseLong(key.substring(1));
    }
}
