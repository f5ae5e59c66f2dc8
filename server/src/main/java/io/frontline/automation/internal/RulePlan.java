package io.frontline.automation.internal;

import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketChanges;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one rule will do to one ticket, worked out before anything is written: the field changes, the rendered notes
 * and replies, notifications, webhook calls and an escalation. A dry run shows it; a real run carries it out.
 */
public final class RulePlan {

    public record Notify(String target, String text) {}

    public record Webhook(String url, String body) {}

    final Set<String> present = new LinkedHashSet<>();
    TicketStatus status;
    Priority priority;
    TicketType type;
    Long teamId;
    Long assigneeId;
    final List<String> addTags = new ArrayList<>();
    final List<String> removeTags = new ArrayList<>();
    final Map<String, Object> custom = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    final List<String> replies = new ArrayList<>();
    final List<Notify> notifications = new ArrayList<>();
    final List<Webhook> webhooks = new ArrayList<>();
    String escalation;

    public boolean changesFields() {
        return !present.isEmpty() || !addTags.isEmpty() || !removeTags.isEmpty() || !custom.isEmpty();
    }

    public TicketChanges changes() {
        return changes(true);
    }

    /** The field changes but the status, for a status that goes with a message instead (a macro's reply). */
    public TicketChanges changesButStatus() {
        return changes(false);
    }

    private TicketChanges changes(boolean withStatus) {
        Set<String> fields = new LinkedHashSet<>(present);
        if (!withStatus) {
            fields.remove("status");
        }
        if (!custom.isEmpty()) {
            fields.add("customFields");
        }
        return new TicketChanges(
                fields,
                null,
                withStatus ? status : null,
                priority,
                type,
                assigneeId,
                teamId,
                null,
                null,
                addTags.isEmpty() ? null : List.copyOf(addTags),
                removeTags.isEmpty() ? null : List.copyOf(removeTags),
                custom.isEmpty() ? null : new LinkedHashMap<>(custom),
                null);
    }

    public List<String> notes() {
        return notes;
    }

    public List<String> replies() {
        return replies;
    }

    public List<Notify> notifications() {
        return notifications;
    }

    public List<Webhook> webhooks() {
        return webhooks;
    }

    public String escalation() {
        return escalation;
    }

    /** A readable summary for dry runs and the history: {"priority": "urgent", "note": "...", ...}. */
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        if (present.contains("status")) d.put("status", status == null ? null : status.value());
        if (present.contains("priority")) d.put("priority", lower(priority));
        if (present.contains("type")) d.put("type", lower(type));
        if (present.contains("teamId")) d.put("teamId", teamId);
        if (present.contains("assigneeId")) d.put("assigneeId", assigneeId);
        if (!addTags.isEmpty()) d.put("addTags", List.copyOf(addTags));
        if (!removeTags.isEmpty()) d.put("removeTags", List.copyOf(removeTags));
        if (!custom.isEmpty()) d.put("customFields", new LinkedHashMap<>(custom));
        if (!notes.isEmpty()) d.put("notes", List.copyOf(notes));
        if (!replies.isEmpty()) d.put("replies", List.copyOf(replies));
        if (!notifications.isEmpty()) d.put("notify", List.copyOf(notifications));
        if (!webhooks.isEmpty())
            d.put("webhooks", webhooks.stream().map(Webhook::url).toList());
        if (escalation != null) d.put("escalate", escalation);
        return d;
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
