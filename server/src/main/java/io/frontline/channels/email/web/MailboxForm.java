package io.frontline.channels.email.web;

record MailboxForm(
        String address,
        String displayName,
        Long teamId,
        Boolean active,
        String imapHost,
        Integer imapPort,
        String imapSecurity,
        String imapUsername,
        String imapPassword,
        String imapFolder,
        Integer pollSeconds,
        String smtpHost,
        Integer smtpPort,
        String smtpSecurity,
        String smtpUsername,
        String smtpPassword,
        Boolean ccFollowers,
        Boolean acknowledge,
        String acknowledgementSubject,
        String acknowledgementBody) {}
