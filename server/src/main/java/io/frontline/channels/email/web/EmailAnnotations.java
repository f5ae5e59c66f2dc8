package io.frontline.channels.email.web;

import io.frontline.channels.email.EmailDetails;
import io.frontline.channels.email.EmailRecords;
import io.frontline.tickets.MessageAnnotations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Shows beside each email message how it travelled: why it joined, its delivery state, its raw original. */
@Component
class EmailAnnotations implements MessageAnnotations {

    private final EmailRecords records;

    EmailAnnotations(EmailRecords records) {
        this.records = records;
    }

    @Override
    public Map<Long, List<MessageNote>> annotate(Collection<Long> messageIds) {
        Map<Long, List<MessageNote>> notes = new HashMap<>();
        records.forMessages(messageIds).forEach((id, email) -> notes.put(id, notes(email)));
        return notes;
    }

    private static List<MessageNote> notes(EmailDetails email) {
        List<MessageNote> notes = new ArrayList<>();
        if ("in".equals(email.direction())) {
            if (email.threadReason() != null) {
                notes.add(new MessageNote(
                        "email.note.threading", List.of(email.threadReason()), "info", null, email.messageIdHeader()));
            }
        } else {
            String tone = switch (email.state()) {
                case "sent" -> "ok";
                case "failed" -> "error";
                default -> "warn";
            };
            String detail = email.error() == null ? "" : email.error();
            notes.add(new MessageNote(
                    "email.note.state." + email.state(),
                    List.of(email.recipients() == null ? "" : email.recipients(), detail, email.attempts()),
                    tone,
                    null,
                    email.error() != null ? email.error() : email.messageIdHeader()));
        }
        if (email.inboundId() != null) {
            notes.add(new MessageNote(
                    "email.note.raw", List.of(), "info", "/mail/inbound/" + email.inboundId() + "/raw", null));
        }
        return notes;
    }
}
