package io.frontline.tickets;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a channel knows about messages that agents should see beside them on the ticket page: an email's delivery
 * state, why it joined the ticket, a link to the raw original. Implemented by channel modules; the ticket module asks
 * every implementation and knows none of them.
 */
public interface MessageAnnotations {

    /** Notes per message id; messages without notes are simply absent. */
    Map<Long, List<MessageNote>> annotate(Collection<Long> messageIds);

    /**
     * One note. {@code code} is a message-bundle key taking {@code args}; {@code tone} is {@code info}, {@code ok},
     * {@code warn} or {@code error}; {@code href}, when set, makes the note a link; {@code title} is shown on hover.
     */
    record MessageNote(String code, List<Object> args, String tone, String href, String title) {}
}
