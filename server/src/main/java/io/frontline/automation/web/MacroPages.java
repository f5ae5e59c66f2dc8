package io.frontline.automation.web;

import io.frontline.automation.MacroApplication;
import io.frontline.automation.MacroApplied;
import io.frontline.automation.MacroInput;
import io.frontline.automation.MacroPreview;
import io.frontline.automation.MacroScope;
import io.frontline.automation.MacroView;
import io.frontline.automation.Macros;
import io.frontline.automation.RuleAction;
import io.frontline.automation.internal.MacroEngine;
import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.AgentView;
import io.frontline.identity.CurrentAgent;
import io.frontline.identity.IdentityAdmin;
import io.frontline.identity.TeamView;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.FrontlineException;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.Json;
import io.frontline.tickets.AttachmentInput;
import io.frontline.tickets.AttachmentView;
import io.frontline.tickets.Attachments;
import io.frontline.tickets.Channel;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.Visibility;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.type.TypeReference;

/**
 * Macros in the agent UI: the page where every agent keeps personal macros and leads manage team and shared ones
 * (with a preview against a ticket and every version restorable), and what the ticket page loads from here: the
 * picker, a macro rendered for the ticket, and sending the composer with the macro's field changes.
 */
@Controller
class MacroPages {

    /** The macro editor's fields; field changes as JSON, like the trigger editor's actions. */
    record MacroForm(
            String title,
            String description,
            String scope,
            Long teamId,
            String visibility,
            String body,
            String actions,
            Boolean active,
            Integer position,
            Long previewTicket,
            String submit) {}

    /** The composer as the ticket page sends it once a macro was chosen. */
    record SendForm(String body, Visibility visibility, TicketStatus status, List<MultipartFile> files) {}

    /** A macro rendered for one ticket, for the composer: what it writes and what it will change, in words. */
    record Rendered(
            long id,
            String title,
            String visibility,
            String body,
            boolean hasText,
            List<String> changes,
            String summary,
            String sendUrl,
            String applyUrl) {}

    private final Macros macros;
    private final IdentityAdmin identity;
    private final Attachments attachments;
    private final MessageSource messages;

    MacroPages(Macros macros, IdentityAdmin identity, Attachments attachments, MessageSource messages) {
        this.macros = macros;
        this.identity = identity;
        this.attachments = attachments;
        this.messages = messages;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    @GetMapping("/automation/macros")
    String page(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Long edit,
            @RequestParam(required = false) Long versions,
            Model model) {
        AgentPrincipal me = CurrentAgent.require();
        MacroScope filter = parseScope(scope);
        model.addAttribute("macros", macros.list(me, null, filter, false));
        model.addAttribute("scopeFilter", filter == null ? "" : filter.name());
        MacroView editing = edit == null ? null : macros.get(edit, me);
        model.addAttribute("editing", editing);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    editing == null
                            ? new MacroForm("", "", "PERSONAL", null, "PUBLIC", "", "[]", true, null, null, null)
                            : new MacroForm(
                                    editing.title(),
                                    editing.description(),
                                    editing.scope().name(),
                                    editing.teamId(),
                                    editing.visibility().name(),
                                    editing.body(),
                                    Json.write(editing.actions()),
                                    editing.active(),
                                    editing.position(),
                                    null,
                                    null));
        }
        model.addAttribute("versions", versions == null ? null : macros.versions(versions, me));
        model.addAttribute("versionsOf", versions);
        List<TeamView> teams = identity.teams();
        model.addAttribute("teams", teams);
        model.addAttribute("teamNames", teams.stream().collect(Collectors.toMap(TeamView::id, TeamView::name)));
        model.addAttribute("placeholders", MacroEngine.PLACEHOLDERS);
        model.addAttribute("section", "macros");
        return "automation/macros";
    }

    @PostMapping("/automation/macros")
    String save(@RequestParam(required = false) Long id, MacroForm form, RedirectAttributes redirect) {
        AgentPrincipal me = CurrentAgent.require();
        String back = "redirect:/automation/macros" + (id == null ? "" : "?edit=" + id);
        try {
            MacroInput input = input(form);
            if ("preview".equals(form.submit())) {
                redirect.addFlashAttribute("form", form);
                if (form.previewTicket() == null) {
                    redirect.addFlashAttribute("error", text("macros.previewNeedsTicket"));
                    return back;
                }
                if (id == null) {
                    redirect.addFlashAttribute("error", text("macros.previewNeedsSave"));
                    return back;
                }
                MacroView saved = macros.get(id, me);
                if (!sameAs(saved, input)) {
                    redirect.addFlashAttribute("notice", text("macros.previewOfSaved"));
                }
                redirect.addFlashAttribute("preview", macros.preview(form.previewTicket(), id, me));
                return back;
            }
            if (id == null) {
                macros.create(input, me);
            } else {
                macros.update(id, input, me);
            }
            redirect.addFlashAttribute("notice", text("admin.saved"));
            return "redirect:/automation/macros";
        } catch (FrontlineException | AccessDeniedException e) {
            redirect.addFlashAttribute("error", FrontlineException.describe(e));
            redirect.addFlashAttribute("form", form);
            return back;
        }
    }

    @PostMapping("/automation/macros/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        macros.delete(id, CurrentAgent.require());
        redirect.addFlashAttribute("notice", text("automation.deleted"));
        return "redirect:/automation/macros";
    }

    @PostMapping("/automation/macros/{id}/rollback/{number}")
    String rollback(@PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
        macros.rollback(id, number, CurrentAgent.require());
        redirect.addFlashAttribute("notice", text("automation.restored", number));
        return "redirect:/automation/macros?versions=" + id;
    }

    /** The picker's options: the active macros the agent may use on this ticket. */
    @GetMapping("/automation/macros/picker")
    String picker(@RequestParam long ticket, Model model) {
        model.addAttribute("macros", macros.list(CurrentAgent.require(), null, null, true));
        model.addAttribute("ticketId", ticket);
        return "automation/macro-picker :: picker";
    }

    /** One macro rendered for the composer of a ticket. */
    @GetMapping("/automation/macros/{id}/render")
    @ResponseBody
    Rendered render(@PathVariable long id, @RequestParam long ticket) {
        MacroPreview preview = macros.preview(ticket, id, CurrentAgent.require());
        boolean hasText = preview.body() != null && !preview.body().isEmpty();
        return new Rendered(
                id,
                preview.title(),
                preview.visibility().name(),
                preview.body(),
                hasText,
                describe(preview.changes()),
                text(hasText ? "macros.summaryOnSend" : "macros.summaryNow", preview.title()),
                "/automation/macros/" + id + "/tickets/" + ticket + "/send",
                "/automation/macros/" + id + "/tickets/" + ticket + "/apply");
    }

    /** The composer sent with a macro chosen: the agent's text and the macro's field changes, all or nothing. */
    @PostMapping("/automation/macros/{id}/tickets/{ticket}/send")
    ResponseEntity<Map<String, Object>> send(@PathVariable long id, @PathVariable long ticket, SendForm form)
            throws IOException {
        AgentPrincipal me = CurrentAgent.require();
        try {
            List<AttachmentInput> files = new ArrayList<>();
            if (form.files() != null) {
                for (MultipartFile file : form.files()) {
                    if (file != null && !file.isEmpty()) {
                        AttachmentView stored = attachments.upload(
                                file.getInputStream(), file.getOriginalFilename(), file.getContentType(), me.actor());
                        files.add(new AttachmentInput(stored.id(), null, null, null));
                    }
                }
            }
            MacroApplied applied = macros.apply(
                    ticket,
                    id,
                    new MacroApplication(
                            form.body() == null ? "" : form.body(),
                            form.visibility(),
                            form.status(),
                            files,
                            Channel.WEB),
                    null,
                    me);
            return ResponseEntity.ok(Map.of(
                    "redirect",
                    "/tickets/" + applied.ticket().id(),
                    "notice",
                    text("macros.applied", applied.title())));
        } catch (FrontlineException | AccessDeniedException e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                    .body(Map.of("error", FrontlineException.describe(e)));
        }
    }

    /** A macro without text, applied at once from the picker. */
    @PostMapping("/automation/macros/{id}/tickets/{ticket}/apply")
    ResponseEntity<Map<String, Object>> apply(@PathVariable long id, @PathVariable long ticket) {
        try {
            MacroApplied applied = macros.apply(ticket, id, MacroApplication.AS_WRITTEN, null, CurrentAgent.require());
            return ResponseEntity.ok(Map.of(
                    "redirect",
                    "/tickets/" + applied.ticket().id(),
                    "notice",
                    text("macros.applied", applied.title())));
        } catch (FrontlineException | AccessDeniedException e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                    .body(Map.of("error", FrontlineException.describe(e)));
        }
    }

    private List<String> describe(Map<String, Object> changes) {
        List<String> lines = new ArrayList<>();
        Map<Long, String> agentNames = null;
        for (Map.Entry<String, Object> e : changes.entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case "status" -> lines.add(text("macros.change.status", text("status." + upper(v))));
                case "priority" -> lines.add(text("macros.change.priority", text("priority." + upper(v))));
                case "type" ->
                    lines.add(text("macros.change.type", v == null ? text("macros.none") : text("type." + upper(v))));
                case "teamId" ->
                    lines.add(text(
                            "macros.change.team",
                            v == null ? text("macros.none") : teamName(((Number) v).longValue())));
                case "assigneeId" -> {
                    if (agentNames == null) {
                        agentNames =
                                identity.agents().stream().collect(Collectors.toMap(AgentView::id, AgentView::name));
                    }
                    lines.add(text(
                            "macros.change.assignee",
                            v == null
                                    ? text("macros.none")
                                    : agentNames.getOrDefault(((Number) v).longValue(), "#" + v)));
                }
                case "addTags" -> lines.add(text("macros.change.addTags", join(v)));
                case "removeTags" -> lines.add(text("macros.change.removeTags", join(v)));
                case "customFields" -> {
                    if (v instanceof Map<?, ?> fields) {
                        fields.forEach((k, value) ->
                                lines.add(text("macros.change.field", k, value == null ? text("macros.none") : value)));
                    }
                }
                default -> {}
            }
        }
        return lines;
    }

    private String teamName(long id) {
        return identity.teams().stream()
                .filter(t -> t.id() == id)
                .map(TeamView::name)
                .findFirst()
                .orElse("#" + id);
    }

    private static String upper(Object value) {
        return String.valueOf(value).toUpperCase(Locale.ROOT);
    }

    private static String join(Object value) {
        return value instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : String.valueOf(value);
    }

    private static boolean sameAs(MacroView saved, MacroInput input) {
        return saved.title().equals(input.title() == null ? null : input.title().strip())
                && java.util.Objects.equals(
                        saved.body(), input.body() == null || input.body().isBlank() ? null : input.body())
                && saved.actions().equals(input.actions() == null ? List.of() : input.actions());
    }

    private static MacroInput input(MacroForm form) {
        List<RuleAction> actions;
        try {
            actions = form.actions() == null || form.actions().isBlank()
                    ? List.of()
                    : Json.read(form.actions(), new TypeReference<List<RuleAction>>() {});
        } catch (RuntimeException e) {
            throw new InvalidInputException(
                    List.of(new FieldViolation("actions", "is not valid JSON of the right shape")));
        }
        MacroScope scope = parseScope(form.scope());
        return new MacroInput(
                form.title(),
                form.description(),
                scope,
                scope == MacroScope.TEAM ? form.teamId() : null,
                "INTERNAL".equals(form.visibility()) ? Visibility.INTERNAL : Visibility.PUBLIC,
                form.body(),
                actions,
                Boolean.TRUE.equals(form.active()),
                form.position());
    }

    private static MacroScope parseScope(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return MacroScope.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
