package io.frontline.channels.email;

import java.time.Instant;

/** A mailbox as shown to admins; passwords never leave the server, only whether one is set. */
public record MailboxView(
        long id,
        String address,
        String displayName,
        Long teamId,
        boolean active,
        String imapHost,
        Integer imapPort,
        String imapSecurity,
        String imapUsername,
        boolean imapPasswordSet,
        String imapFolder,
        int pollSeconds,
        String smtpHost,
        Integer smtpPort,
        String smtpSecurity,
        String smtpUsername,
        boolean smtpPasswordSet,
        boolean ccFollowers,
        boolean acknowledge,
        String acknowledgementSubject,
        String acknowledgementBody,
        Instant lastPolledAt,
        String lastError,
        Instant lastErrorAt,
        long version) {}
