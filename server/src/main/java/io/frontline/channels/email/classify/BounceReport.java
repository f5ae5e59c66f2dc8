package io.frontline.channels.email.classify;

import java.util.List;

/**
 * What a bounce or delivery report is about.
 *
 * @param originalMessageId the Message-ID (without angle brackets) of the message the report is about, to thread the
 *     report onto it; null when the report carries none
 * @param recipients the reported recipients, possibly empty when a report names none
 */
public record BounceReport(String originalMessageId, List<BounceRecipient> recipients) {

    public BounceReport {
        recipients = List.copyOf(recipients);
    }
}
