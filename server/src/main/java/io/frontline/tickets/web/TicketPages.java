package io.frontline.tickets.web;

import io.frontline.customers.CustomerView;
import io.frontline.customers.Customers;
import io.frontline.customers.OrganizationView;
import io.frontline.customers.Organizations;
import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.AgentView;
import io.frontline.identity.CurrentAgent;
import io.frontline.identity.IdentityAdmin;
import io.frontline.identity.TeamView;
import io.frontline.kernel.FrontlineException;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.StaleVersionException;
import io.frontline.tickets.AttachmentInput;
import io.frontline.tickets.AttachmentView;
import io.frontline.tickets.Attachments;
import io.frontline.tickets.Channel;
import io.frontline.tickets.FieldType;
import io.frontline.tickets.MessageAnnotations;
import io.frontline.tickets.MessageView;
import io.frontline.tickets.NewMessage;
import io.frontline.tickets.Page;
import io.frontline.tickets.TicketChanges;
import io.frontline.tickets.TicketFields;
import io.frontline.tickets.TicketQuery;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import io.frontline.tickets.Visibility;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agent workspace: views with their tickets, and the ticket page with conversation, composer and sidebar. */
@Controller
class TicketPages {

    static final int PAGE_SIZE = 50;
    static final int CONVERSATION_PAGE = 50;

    private final Tickets tickets;
    private final TicketFields fields;
    private final Attachments attachments;
    private final Queues queues;
    private final Customers customers;
    private final Organizations organizations;
    private final IdentityAdmin identity;
    private final Presence presence;
    private final MessageSource messages;
    private final List<MessageAnnotations> annotations;
    private final Clock clock;

    TicketPages(
            Tickets tickets,
            TicketFields fields,
            Attachments attachments,
            Queues queues,
            Customers customers,
            Organizations organizations,
            IdentityAdmin identity,
            Presence presence,
            MessageSource messages,
            List<MessageAnnotations> annotations,
            Clock clock) {
        this.tickets = tickets;
        this.fields = fields;
        this.attachments = attachments;
        this.queues = queues;
        this.customers = customers;
        this.organizations = organizations;
        this.identity = identity;
        this.presence = presence;
        this.messages = messages;
        this.annotations = annotations;
        this.clock = clock;
    }

    @GetMapping("/views/{key}")
    String view(@PathVariable String key, @RequestParam(required = false) String cursor, Model model) {
        listModel(key, cursor, model);
        return "tickets/list";
    }

    /** The rows alone, for live refreshes of an open list. */
    @GetMapping("/views/{key}/rows")
    String rows(@PathVariable String key, @RequestParam(required = false) String cursor, Model model) {
        listModel(key, cursor, model);
        return "tickets/list :: rows";
    }

    private void listModel(String key, String rawCursor, Model model) {
        AgentPrincipal me = CurrentAgent.require();
        String cursor = rawCursor == null || rawCursor.isBlank() ? null : rawCursor;
        Queues.Listing listing = queues.listing(key, me, cursor, PAGE_SIZE);
        model.addAttribute("queue", listing.queue());
        model.addAttribute("activeView", key);
        model.addAttribute("page", listing.page());
        model.addAttribute("cursor", cursor);
        model.addAttribute("count", listing.count());
        directory(model);
        model.addAttribute("statuses", TicketStatus.values());
    }

    @PostMapping("/tickets/bulk")
    String bulk(BulkForm form, RedirectAttributes redirect) {
        String back =
                "redirect:/views/" + (form.view() == null ? "mine" : form.view().replaceAll("[^a-z0-9-]", ""));
        if (form.ids() == null || form.ids().isEmpty()) {
            redirect.addFlashAttribute("error", text("bulk.none"));
            return back;
        }
        if (!"assign".equals(form.action())
                && (form.value() == null || form.value().isBlank())) {
            redirect.addFlashAttribute("error", text("bulk.noValue"));
            return back;
        }
        AgentPrincipal me = CurrentAgent.require();
        List<String> failures = new ArrayList<>();
        int done = 0;
        for (Long id : form.ids()) {
            try {
                switch (form.action() == null ? "" : form.action()) {
                    case "assign" -> tickets.update(id, assign(form.value(), me), null, me.actor());
                    case "status" ->
                        tickets.update(
                                id,
                                changes(Set.of("status"), c -> c.status(TicketStatus.valueOf(form.value()))),
                                null,
                                me.actor());
                    case "priority" ->
                        tickets.update(
                                id,
                                changes(
                                        Set.of("priority"),
                                        c -> c.priority(io.frontline.tickets.Priority.valueOf(form.value()))),
                                null,
                                me.actor());
                    case "tags" ->
                        tickets.update(
                                id, changes(Set.of(), c -> c.addTags(splitTags(form.value()))), null, me.actor());
                    case "merge" ->
                        tickets.merge(
                                id, Long.parseLong(form.value().replace("#", "").strip()), me.actor());
                    default -> throw new InvalidInputException("action", "unknown");
                }
                done++;
            } catch (FrontlineException | IllegalArgumentException e) {
                failures.add("#" + id + ": " + describe(e));
            }
        }
        if (done > 0) {
            redirect.addFlashAttribute("notice", text("bulk.done", done));
        }
        if (!failures.isEmpty()) {
            redirect.addFlashAttribute("error", text("bulk.failed", String.join("; ", failures)));
        }
        return back;
    }

    private TicketChanges assign(String value, AgentPrincipal me) {
        Long assignee = value == null || value.isBlank() || value.equals("none")
                ? null
                : value.equals("me") ? me.id() : Long.valueOf(value);
        return changes(Set.of("assigneeId"), c -> c.assigneeId(assignee));
    }

    @GetMapping("/tickets/{id}")
    String ticket(@PathVariable long id, @RequestParam(defaultValue = "conversation") String tab, Model model) {
        ticketModel(id, tab, model);
        return "tickets/ticket";
    }

    /** Older messages above the ones on screen ("load earlier"). */
    @GetMapping("/tickets/{id}/earlier")
    String earlier(@PathVariable long id, @RequestParam long before, Model model) {
        Page<MessageView> page = tickets.latestMessages(id, before, CONVERSATION_PAGE);
        model.addAttribute("ticketId", id);
        model.addAttribute("messages", page.items());
        model.addAttribute("notes", notes(page.items()));
        model.addAttribute("earlier", page.nextCursor());
        return "tickets/conversation :: earlier";
    }

    /** The conversation and sidebar alone, for live refreshes of an open ticket. */
    @GetMapping("/tickets/{id}/live")
    String live(@PathVariable long id, @RequestParam(defaultValue = "conversation") String part, Model model) {
        ticketModel(id, "conversation", model);
        return "sidebar".equals(part) ? "tickets/ticket :: sidebar" : "tickets/ticket :: conversation";
    }

    /** What the channels say about these messages (delivery state, threading reason), merged per message. */
    private Map<Long, List<MessageAnnotations.MessageNote>> notes(List<MessageView> shown) {
        if (annotations.isEmpty() || shown.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = shown.stream().map(MessageView::id).toList();
        Map<Long, List<MessageAnnotations.MessageNote>> merged = new HashMap<>();
        for (MessageAnnotations source : annotations) {
            source.annotate(ids)
                    .forEach((id, list) ->
                            merged.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list));
        }
        return merged;
    }

    private void ticketModel(long id, String tab, Model model) {
        TicketView ticket = tickets.get(id);
        model.addAttribute("ticket", ticket);
        model.addAttribute("tab", tab);
        Page<MessageView> conversation = tickets.latestMessages(id, null, CONVERSATION_PAGE);
        model.addAttribute("messages", conversation.items());
        model.addAttribute("notes", notes(conversation.items()));
        model.addAttribute("earlier", conversation.nextCursor());
        model.addAttribute("ticketId", id);
        model.addAttribute(
                "lastMessageId",
                conversation.items().isEmpty()
                        ? 0L
                        : conversation.items().getLast().id());
        if (!model.containsAttribute("reply")) {
            model.addAttribute("reply", new ReplyForm("", Visibility.PUBLIC, null, null, null, null));
        }
        if ("history".equals(tab)) {
            model.addAttribute("history", tickets.history(id, null, 500).items());
        }
        CustomerView requester = customers.get(ticket.requester().id());
        model.addAttribute("requester", requester);
        OrganizationView organization =
                ticket.organizationId() == null ? null : organizations.get(ticket.organizationId());
        model.addAttribute("organization", organization);
        model.addAttribute("localTime", localTime(requester.timeZone()));
        model.addAttribute(
                "otherTickets",
                tickets
                        .list(new TicketQuery(
                                null,
                                null,
                                null,
                                requester.id(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                TicketQuery.Sort.CREATED_DESC,
                                null,
                                11))
                        .items()
                        .stream()
                        .filter(t -> t.id() != id)
                        .limit(10)
                        .toList());
        model.addAttribute("links", tickets.links(id));
        model.addAttribute(
                "fields",
                fields.list().stream().filter(TicketFields.FieldView::active).toList());
        Set<TicketStatus> allowed = EnumSet.of(ticket.status());
        allowed.addAll(ticket.status().next());
        model.addAttribute("allowedStatuses", allowed);
        model.addAttribute(
                "submitStatuses",
                EnumSet.of(TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.ON_HOLD, TicketStatus.SOLVED));
        model.addAttribute("viewers", presence.others(id, CurrentAgent.require().id()));
        directory(model);
    }

    private String localTime(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return null;
        }
        try {
            ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneId.of(timeZone)));
            return String.format("%02d:%02d", now.getHour(), now.getMinute());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private void directory(Model model) {
        IdentityAdmin.Directory directory = identity.directory();
        List<AgentView> agents = directory.agents();
        List<TeamView> teams = directory.teams();
        model.addAttribute("agents", agents.stream().filter(AgentView::active).toList());
        model.addAttribute("teams", teams);
        model.addAttribute("agentNames", agents.stream().collect(Collectors.toMap(AgentView::id, AgentView::name)));
        model.addAttribute("teamNames", teams.stream().collect(Collectors.toMap(TeamView::id, TeamView::name)));
        model.addAttribute("priorities", io.frontline.tickets.Priority.values());
        model.addAttribute("types", io.frontline.tickets.TicketType.values());
        model.addAttribute("channels", Channel.values());
    }

    @PostMapping("/tickets/{id}/messages")
    String reply(@PathVariable long id, ReplyForm form, Model model, RedirectAttributes redirect) throws IOException {
        AgentPrincipal me = CurrentAgent.require();
        if (!Boolean.TRUE.equals(form.confirmNewer()) && form.lastSeenMessageId() != null) {
            List<MessageView> latest = tickets.latestMessages(id, null, 1).items();
            if (!latest.isEmpty() && latest.getLast().id() > form.lastSeenMessageId()) {
                model.addAttribute("reply", form);
                model.addAttribute("newerWarning", true);
                ticketModel(id, "conversation", model);
                return "tickets/ticket";
            }
        }
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
        try {
            var posted = tickets.addMessage(
                    id,
                    new NewMessage(
                            form.body(),
                            null,
                            form.visibility() == null ? Visibility.PUBLIC : form.visibility(),
                            NewMessage.AuthorType.AGENT,
                            Channel.WEB,
                            files,
                            form.status()),
                    me.actor());
            presence.typing(id, me.id(), me.name(), false);
            redirect.addFlashAttribute(
                    "notice", text(form.visibility() == Visibility.INTERNAL ? "reply.noteAdded" : "reply.sent"));
            return "redirect:/tickets/" + posted.ticket().id();
        } catch (FrontlineException e) {
            model.addAttribute("reply", form);
            model.addAttribute("error", describe(e));
            ticketModel(id, "conversation", model);
            return "tickets/ticket";
        }
    }

    @PostMapping("/tickets/{id}")
    String update(
            @PathVariable long id,
            TicketForm form,
            @RequestParam MultiValueMap<String, String> params,
            RedirectAttributes redirect) {
        AgentPrincipal me = CurrentAgent.require();
        TicketView current = tickets.get(id);
        Set<String> present = new HashSet<>();
        if (form.status() != null && form.status() != current.status()) present.add("status");
        if (form.priority() != null && form.priority() != current.priority()) present.add("priority");
        if (!Objects.equals(form.type(), current.type())) present.add("type");
        if (!Objects.equals(form.assigneeId(), current.assigneeId())) present.add("assigneeId");
        if (!Objects.equals(form.teamId(), current.teamId())) present.add("teamId");
        List<String> tags = splitTags(form.tags());
        if (!new TreeSet<>(tags).equals(new TreeSet<>(current.tags()))) present.add("tags");
        List<Long> followers = form.followerIds() == null ? List.of() : form.followerIds();
        if (!new TreeSet<>(followers).equals(new TreeSet<>(current.followerIds()))) present.add("followerIds");
        Map<String, Object> custom = customFieldChanges(params, current);
        if (!custom.isEmpty()) present.add("customFields");
        try {
            tickets.update(
                    id,
                    new TicketChanges(
                            present,
                            null,
                            form.status(),
                            form.priority(),
                            form.type(),
                            form.assigneeId(),
                            form.teamId(),
                            null,
                            tags,
                            null,
                            null,
                            custom,
                            followers),
                    form.version(),
                    me.actor());
            redirect.addFlashAttribute("notice", text("ticket.saved"));
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("error", text("ticket.stale"));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/tickets/" + id;
    }

    private Map<String, Object> customFieldChanges(MultiValueMap<String, String> params, TicketView current) {
        Map<String, Object> changed = new LinkedHashMap<>();
        for (TicketFields.FieldView field : fields.list()) {
            if (!field.active() || !params.containsKey("cf." + field.key())) {
                continue;
            }
            String raw = params.getFirst("cf." + field.key());
            Object value = switch (field.type()) {
                case CHECKBOX -> params.get("cf." + field.key()).contains("true");
                case NUMBER -> raw == null || raw.isBlank() ? null : parseNumber(raw);
                default -> raw == null || raw.isBlank() ? null : raw.strip();
            };
            Object before = current.customFields().get(field.key());
            if (field.type() == FieldType.CHECKBOX && before == null && Boolean.FALSE.equals(value)) {
                continue;
            }
            if (!Objects.equals(String.valueOf(value), String.valueOf(before))) {
                changed.put(field.key(), value);
            }
        }
        return changed;
    }

    private static Object parseNumber(String raw) {
        try {
            return new java.math.BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** The quick actions behind the shortcuts a (assign to me) and s (solve). */
    @PostMapping("/tickets/{id}/assign-to-me")
    String assignToMe(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        AgentPrincipal me = CurrentAgent.require();
        return quick(id, version, changes(Set.of("assigneeId"), c -> c.assigneeId(me.id())), redirect);
    }

    @PostMapping("/tickets/{id}/solve")
    String solve(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return quick(id, version, changes(Set.of("status"), c -> c.status(TicketStatus.SOLVED)), redirect);
    }

    private String quick(long id, long version, TicketChanges changes, RedirectAttributes redirect) {
        try {
            tickets.update(id, changes, version, CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("ticket.saved"));
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("error", text("ticket.stale"));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/tickets/" + id;
    }

    @PostMapping("/tickets/{id}/merge")
    String merge(@PathVariable long id, TicketRefForm form, RedirectAttributes redirect) {
        try {
            TicketView target = tickets.merge(id, form.otherId() == null ? -1 : form.otherId(), CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("ticket.merged", id));
            return "redirect:/tickets/" + target.id();
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
            return "redirect:/tickets/" + id;
        }
    }

    @PostMapping("/tickets/{id}/links")
    String link(@PathVariable long id, TicketRefForm form, RedirectAttributes redirect) {
        try {
            tickets.link(id, form.otherId() == null ? -1 : form.otherId(), CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("ticket.linked"));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/tickets/" + id;
    }

    @PostMapping("/tickets/{id}/links/{other}/delete")
    String unlink(@PathVariable long id, @PathVariable long other, RedirectAttributes redirect) {
        try {
            tickets.unlink(id, other, CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("ticket.unlinked"));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/tickets/" + id;
    }

    private String describe(Exception e) {
        if (e instanceof InvalidInputException invalid) {
            return text(
                    "problem.invalid",
                    invalid.violations().stream()
                            .map(v -> v.field() + " " + v.message())
                            .collect(Collectors.joining("; ")));
        }
        return text("problem.other", e.getMessage());
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    static List<String> splitTags(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return Arrays.stream(raw.split("[,\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** A partial change built fluently, so that bulk and quick actions name only what they change. */
    private static TicketChanges changes(Set<String> present, Function<ChangeBuilder, ChangeBuilder> build) {
        return build.apply(new ChangeBuilder(new HashSet<>(present))).build();
    }

    private static final class ChangeBuilder {
        private final Set<String> present;
        private TicketStatus status;
        private io.frontline.tickets.Priority priority;
        private Long assigneeId;
        private List<String> addTags;

        ChangeBuilder(Set<String> present) {
            this.present = present;
        }

        ChangeBuilder status(TicketStatus value) {
            status = value;
            return this;
        }

        ChangeBuilder priority(io.frontline.tickets.Priority value) {
            priority = value;
            return this;
        }

        ChangeBuilder assigneeId(Long value) {
            assigneeId = value;
            return this;
        }

        ChangeBuilder addTags(List<String> value) {
            addTags = value;
            return this;
        }

        TicketChanges build() {
            return new TicketChanges(
                    present, null, status, priority, null, assigneeId, null, null, null, addTags, null, Map.of(), null);
        }
    }
}
