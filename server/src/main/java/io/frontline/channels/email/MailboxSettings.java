package io.frontline.channels.email;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A mailbox as an admin writes it. Passwords are write-only: left out (null) they keep their stored value, an empty
 * string removes them. {@code imapSecurity} and {@code smtpSecurity} are {@code tls}, {@code starttls} or {@code
 * none}.
 */
public record MailboxSettings(
        @NotBlank @Email @Size(max = 320) String address,
        @Size(max = 200) String displayName,
        Long teamId,
        Boolean active,
        @Size(max = 255) String imapHost,
        @Min(1) @Max(65535) Integer imapPort,
        String imapSecurity,
        @Size(max = 320) String imapUsername,
        @Size(max = 500) String imapPassword,
        @Size(max = 200) String imapFolder,
        @Min(1) @Max(86_400) Integer pollSeconds,
        @Size(max = 255) String smtpHost,
        @Min(1) @Max(65535) Integer smtpPort,
        String smtpSecurity,
        @Size(max = 320) String smtpUsername,
        @Size(max = 500) String smtpPassword,
        Boolean ccFollowers,
        Boolean acknowledge,
        @Size(max = 250) String acknowledgementSubject,
        @Size(max = 10_000) String acknowledgementBody) {}
