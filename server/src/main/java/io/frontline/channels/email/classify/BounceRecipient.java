package io.frontline.channels.email.classify;

/**
 * One recipient of a delivery report.
 *
 * @param address the recipient as reported, usually an e-mail address
 * @param action what happened
 * @param status the enhanced status code (RFC 3463) such as {@code 5.1.1}, or null when the report gives none
 * @param smtpCode the SMTP reply code such as {@code 550}, or null
 * @param diagnostic the remote server's or the MTA's explanation, whitespace collapsed, or null
 * @param reason why delivery failed; null unless the action is failed or delayed
 * @param hard whether the failure is permanent and condemns the address (stop mailing it)
 */
public record BounceRecipient(
        String address,
        DeliveryAction action,
        String status,
        String smtpCode,
        String diagnostic,
        BounceReason reason,
        boolean hard) {}
