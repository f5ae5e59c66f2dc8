package io.frontline.channels.email.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the email channel ({@code frontline.email.*}).
 *
 * @param messageIdDomain the domain of the Message-IDs Frontline writes; mail carrying it is Frontline's own
 * @param maxMessageSize larger raw messages are stored and quarantined, not parsed
 * @param parseTimeout the most time one message may take to parse
 * @param imapEnabled whether mailboxes with IMAP settings are read
 * @param autoAnswerLimit automatic answers (acknowledgements) one address may receive per {@code autoAnswerWindow}
 * @param autoAnswerWindow see {@code autoAnswerLimit}
 * @param retryDelay the first delay before a failed send is tried again; it doubles with each attempt
 * @param maxAttempts sends tried before a message is marked failed
 * @param outboxInterval how often the outbox looks for due messages
 */
@ConfigurationProperties("frontline.email")
public record EmailProperties(
        String messageIdDomain,
        DataSize maxMessageSize,
        Duration parseTimeout,
        boolean imapEnabled,
        int autoAnswerLimit,
        Duration autoAnswerWindow,
        Duration retryDelay,
        int maxAttempts,
        Duration outboxInterval) {}
