package io.frontline.tickets.rest;

import io.frontline.identity.CurrentAgent;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.StaleVersionException;
import io.frontline.tickets.Channel;
import io.frontline.tickets.HistoryView;
import io.frontline.tickets.LinkView;
import io.frontline.tickets.MessageView;
import io.frontline.tickets.NewMessage;
import io.frontline.tickets.NewTicket;
import io.frontline.tickets.Page;
import io.frontline.tickets.PostedMessage;
import io.frontline.tickets.Priority;
import io.frontline.tickets.RelativeTime;
import io.frontline.tickets.TicketChanges;
import io.frontline.tickets.TicketFields;
import io.frontline.tickets.TicketQuery;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketType;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/tickets")
class TicketController {

    private static final Set<String> PATCHABLE = Set.of(
            "subject",
            "status",
            "priority",
            "type",
            "assigneeId",
            "teamId",
            "requesterId",
            "tags",
            "addTags",
            "removeTags",
            "customFields",
            "followerIds");

    record MergeRequest(@NotNull Long targetId) {}

    record LinkRequest(@NotNull Long ticketId) {}

    private final Tickets tickets;
    private final TicketFields fields;
    private final JsonMapper json;
    private final Clock clock;

    TicketController(Tickets tickets, TicketFields fields, JsonMapper json, Clock clock) {
        this.tickets = tickets;
        this.fields = fields;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<TicketView> create(@Valid @RequestBody NewTicket request) {
        TicketView created = tickets.open(request, CurrentAgent.actor());
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + created.id()))
                .eTag(etag(created))
                .body(created);
    }

    /**
     * Lists tickets. Several values of a filter (repeated or comma-separated) mean any of them, except {@code tag}:
     * the tickets carry every tag given. Dates are a day (UTC), an instant, or a time before now ({@code -7d},
     * {@code -12h}, {@code -2w}). Custom fields: {@code field.<key>=value}, and {@code field.<key>.min} / {@code .max}
     * for number and date ranges (see {@link TicketFields#conditions}).
     */
    @GetMapping
    @Operation(
            summary = "List tickets",
            description = "Filters: status, priority, channel, type (several values, repeated or comma-separated, mean"
                    + " any of them); tag (the tickets carry every tag given); assigneeId (an id, me or none), teamId,"
                    + " requesterId, organizationId; createdAfter, createdBefore, updatedAfter, updatedBefore (a day"
                    + " 2026-01-31 in UTC, an instant 2026-01-31T10:00:00Z, or a time before now: -7d, -12h, -2w;"
                    + " after includes, before excludes). Custom fields by key: field.<key>=value (text and"
                    + " dropdown: equal ignoring case; checkbox: true or false, false includes tickets without a"
                    + " value; number and date: exactly), field.<key>.min and field.<key>.max (number and date"
                    + " ranges, both ends included). Invalid values answer 422 with one error per parameter.")
    Page<TicketView> list(
            @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String assigneeId,
            @RequestParam(required = false) Long teamId,
            @RequestParam(required = false) Long requesterId,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) List<String> tag,
            @RequestParam(required = false) List<String> priority,
            @RequestParam(required = false) List<String> channel,
            @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) String createdAfter,
            @RequestParam(required = false) String createdBefore,
            @RequestParam(required = false) String updatedAfter,
            @RequestParam(required = false) String updatedBefore,
            @RequestParam(defaultValue = "-createdAt") String sort,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "50") int limit,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        List<FieldViolation> problems = new ArrayList<>();
        TicketQuery.Sort order = TicketQuery.Sort.parse(sort);
        if (order == null) {
            problems.add(new FieldViolation("sort", "must be one of -createdAt, createdAt, -updatedAt, updatedAt"));
        }
        Instant now = clock.instant();
        TicketQuery query = new TicketQuery(
                enums(status, TicketStatus.class, "status", problems),
                assignee(assigneeId, problems),
                teamId,
                requesterId,
                organizationId,
                tags(tag),
                enums(priority, Priority.class, "priority", problems),
                enums(channel, Channel.class, "channel", problems),
                enums(type, TicketType.class, "type", problems),
                instant(createdAfter, "createdAfter", now, problems),
                instant(createdBefore, "createdBefore", now, problems),
                instant(updatedAfter, "updatedAfter", now, problems),
                instant(updatedBefore, "updatedBefore", now, problems),
                fields.conditions(params, "field.", problems),
                order,
                cursor,
                limit);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return tickets.list(query);
    }

    @GetMapping("/{id}")
    ResponseEntity<TicketView> get(
            @PathVariable long id, @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        TicketView ticket = tickets.get(id);
        if (ifNoneMatch != null && ifNoneMatch.contains(etag(ticket))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag(ticket))
                    .build();
        }
        return ResponseEntity.ok().eTag(etag(ticket)).body(ticket);
    }

    /**
     * JSON merge patch: only the fields present change, {@code null} clears. With {@code If-Match} the change applies
     * only to that version, otherwise 412.
     */
    @PatchMapping(
            value = "/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<TicketView> update(
            @PathVariable long id,
            @RequestBody JsonNode body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Long expected = ifMatch == null ? null : version(ifMatch);
        TicketChanges changes = changes(body);
        try {
            TicketView updated = tickets.update(id, changes, expected, CurrentAgent.actor());
            return ResponseEntity.ok().eTag(etag(updated)).body(updated);
        } catch (ObjectOptimisticLockingFailureException e) {
            if (expected != null) {
                throw new StaleVersionException("Ticket " + id, tickets.get(id).version());
            }
            throw e;
        }
    }

    @PostMapping("/{id}/messages")
    ResponseEntity<PostedMessage> addMessage(@PathVariable long id, @Valid @RequestBody NewMessage request) {
        PostedMessage posted = tickets.addMessage(id, request, CurrentAgent.actor());
        return ResponseEntity.created(URI.create("/api/v1/tickets/"
                        + posted.ticket().id() + "/messages/" + posted.message().id()))
                .eTag(etag(posted.ticket()))
                .body(posted);
    }

    @GetMapping("/{id}/messages")
    Page<MessageView> messages(
            @PathVariable long id,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        return tickets.messages(id, cursor, limit);
    }

    @GetMapping("/{id}/events")
    Page<HistoryView> events(
            @PathVariable long id,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        return tickets.history(id, cursor, limit);
    }

    /** Merges this ticket into {@code targetId}; answers the target. */
    @PostMapping("/{id}/merge")
    TicketView merge(@PathVariable long id, @Valid @RequestBody MergeRequest request) {
        return tickets.merge(id, request.targetId(), CurrentAgent.actor());
    }

    @GetMapping("/{id}/links")
    List<LinkView> links(@PathVariable long id) {
        return tickets.links(id);
    }

    @PostMapping("/{id}/links")
    @ResponseStatus(HttpStatus.CREATED)
    List<LinkView> link(@PathVariable long id, @Valid @RequestBody LinkRequest request) {
        return tickets.link(id, request.ticketId(), CurrentAgent.actor());
    }

    @DeleteMapping("/{id}/links/{otherId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlink(@PathVariable long id, @PathVariable long otherId) {
        tickets.unlink(id, otherId, CurrentAgent.actor());
    }

    private TicketChanges changes(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        List<FieldViolation> problems = new ArrayList<>();
        Set<String> present = new LinkedHashSet<>();
        for (String name : body.propertyNames()) {
            if (PATCHABLE.contains(name)) {
                present.add(name);
            } else {
                problems.add(new FieldViolation(name, "is not a ticket field that can be changed"));
            }
        }
        TicketChanges changes = new TicketChanges(
                present,
                read(body, "subject", String.class, problems),
                read(body, "status", TicketStatus.class, problems),
                read(body, "priority", Priority.class, problems),
                read(body, "type", TicketType.class, problems),
                read(body, "assigneeId", Long.class, problems),
                read(body, "teamId", Long.class, problems),
                read(body, "requesterId", Long.class, problems),
                read(body, "tags", new TypeReference<List<String>>() {}, problems),
                read(body, "addTags", new TypeReference<List<String>>() {}, problems),
                read(body, "removeTags", new TypeReference<List<String>>() {}, problems),
                read(body, "customFields", new TypeReference<Map<String, Object>>() {}, problems),
                read(body, "followerIds", new TypeReference<List<Long>>() {}, problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return changes;
    }

    private <T> T read(JsonNode body, String field, Class<T> type, List<FieldViolation> problems) {
        return read(body, field, node -> json.treeToValue(node, type), type.isEnum() ? type : null, problems);
    }

    private <T> T read(JsonNode body, String field, TypeReference<T> type, List<FieldViolation> problems) {
        return read(body, field, node -> json.readerFor(type).readValue(node), null, problems);
    }

    private static <T> T read(
            JsonNode body,
            String field,
            Function<JsonNode, T> reader,
            Class<?> enumType,
            List<FieldViolation> problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return reader.apply(node);
        } catch (RuntimeException e) {
            String expected = enumType == null
                    ? "has the wrong type"
                    : "must be one of "
                            + java.util.Arrays.stream(enumType.getEnumConstants())
                                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                                    .toList();
            problems.add(new FieldViolation(field, expected));
            return null;
        }
    }

    static String etag(TicketView ticket) {
        return "\"" + ticket.version() + "\"";
    }

    private static Long version(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static Long assignee(String value, List<FieldViolation> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "me" -> CurrentAgent.require().id();
            case "none" -> TicketQuery.UNASSIGNED;
            default -> {
                try {
                    yield Long.parseLong(value.strip());
                } catch (NumberFormatException e) {
                    problems.add(new FieldViolation("assigneeId", "must be an agent id, me or none"));
                    yield null;
                }
            }
        };
    }

    private static <E extends Enum<E>> Set<E> enums(
            List<String> values, Class<E> type, String field, List<FieldViolation> problems) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        Set<E> parsed = EnumSet.noneOf(type);
        for (String raw : values) {
            for (String value : raw.split(",")) {
                if (value.isBlank()) continue;
                try {
                    parsed.add(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldViolation(field, "'" + value.strip() + "' is not a known " + field));
                }
            }
        }
        return parsed;
    }

    private static Set<String> tags(List<String> values) {
        if (values == null) {
            return Set.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String value : values) {
            for (String tag : value.split(",")) {
                if (!tag.isBlank()) {
                    tags.add(tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_"));
                }
            }
        }
        return tags;
    }

    private static Instant instant(String value, String field, Instant now, List<FieldViolation> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.startsWith("-")) {
            RelativeTime ago = RelativeTime.parse(text.substring(1));
            if (ago != null) {
                return ago.before(now);
            }
        } else {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException again) {
                    // reported below
                }
            }
        }
        problems.add(
                new FieldViolation(
                        field,
                        "must be a date (2026-01-31), an instant (2026-01-31T10:00:00Z) or a time before now (-7d, -12h, -2w)"));
        return null;
    }
}
