package io.frontline.channels.email.classify;

import io.frontline.channels.email.mime.MailAddress;
import io.frontline.channels.email.mime.MailParser;
import io.frontline.channels.email.mime.ParsedAttachment;
import io.frontline.channels.email.mime.ParsedMail;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a parsed message is normal mail, an auto-reply, bulk mail, a bounce or a delivery report, and for the
 * latter two reads the recipients and the Message-ID of the message the report is about. Bounces are recognised from
 * their structure (RFC 3464 reports) and their wording (the plain-text reports of Exim, qmail, Gmail and others), never
 * from {@code Auto-Submitted}, which most bounces lack.
 *
 * <p>Stateless and safe to share between threads. It reads at most the first {@value #MAX_TEXT} characters of any text,
 * so its cost is bounded whatever the message.
 */
public final class MailClassifier {

    static final int MAX_TEXT = 256 * 1024;

    private static final Pattern DAEMON_ADDRESS =
            Pattern.compile("(?i)^(mailer[-_]?daemon|postmaster|mail[-_]?daemon|mailerdaemon|mdaemon|mail[-_]?delivery"
                    + "[-_]?(system|subsystem)?|bounces?|returns?)(@.*)?$");
    private static final Pattern DAEMON_NAME =
            Pattern.compile("(?i)mail delivery (system|subsystem)|mailer[- ]daemon|postmaster|mail administrator");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile(
            "(?i)undeliver|undelivered mail|delivery (status notification|failure|failed|has failed|problem|"
                    + "notification)|mail delivery failed|returned mail|failure notice|could not be delivered"
                    + "|non[- ]?delivery|warning: message .* delayed|delayed mail|unzustellbar|nicht zustellbar"
                    + "|non remis|non recapitabile|no entregado|unable to deliver|message not delivered"
                    + "|mail failure|postmaster notify|returned to sender");
    private static final Pattern BOUNCE_TEXT = Pattern.compile(
            "could not be delivered|couldn't be delivered|was not delivered|wasn't delivered|delivery (has )?failed"
                    + "|permanent (error|failure|fatal)|undeliverable|address(es)? failed|delivery to the following"
                    + " recipient|wasn't able to deliver|unable to deliver|not yet been delivered|still being retried"
                    + "|delivery attempts will continue|transcript of session|returned to sender");
    private static final Pattern AUTO_REPLY_SUBJECT = Pattern.compile(
            "(?iu)^\\s*(?:\\[[^\\]]*\\]\\s*)?(auto(matic|matische|matisch|matique|m\\.)?[ -]?(reply|response|answer"
                    + "|antwort|antwoord)|autoreply|autoresponse|out of (the )?office|\\booo\\b|away from (the )?office"
                    + "|on vacation|vacation (reply|message|notice)|abwesenheitsnotiz|abwesenheit|abwesend"
                    + "|r[ée]ponse automatique|absence du bureau|absent du bureau|message d'absence"
                    + "|respuesta autom[áa]tica|fuera de la oficina|risposta automatica|fuori (sede|ufficio)"
                    + "|automatisch antwoord|afwezig|resposta autom[áa]tica|ausente do escrit[óo]rio"
                    + "|automatiskt svar|automatisk svar|automaattinen vastaus|automatyczna odpowied[źz]"
                    + "|automatick[áa] odpov[ěe]d|автоматический ответ|автоответ|自動応答|自動返信|不在|自动回复|自動回覆"
                    + "|otomatik yan[ıi]t)");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>,;:\"()\\[\\]]+@[^\\s<>,;:\"()\\[\\]]+");

    /** Reads the headers of returned messages; it holds nothing but limits, so one instance serves all threads. */
    private static final MailParser EMBEDDED = new MailParser();

    private static final Pattern MESSAGE_ID_LINE = Pattern.compile("(?im)^[ \\t>]*message-id:[ \\t]*(.*)$");
    private static final Pattern ANGLE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern EMBEDDED_PART =
            Pattern.compile("(?im)^content-type:\\s*(message/rfc822|text/rfc822-headers)");

    /** Classifies a parsed message. */
    public MailClassification classify(ParsedMail mail) {
        MailClassification report = report(mail);
        if (report != null) {
            return report;
        }
        String autoReply = autoReplySignal(mail);
        if (autoReply != null) {
            return new MailClassification(MailKind.AUTO_REPLY, autoReply, null);
        }
        String bulk = bulkSignal(mail);
        if (bulk != null) {
            return new MailClassification(MailKind.BULK, bulk, null);
        }
        return MailClassification.normal();
    }

    private MailClassification report(ParsedMail mail) {
        String contentType = lower(mail.header("content-type"));
        String text = limit(mail.text());
        if (contentType.startsWith("multipart/report") && contentType.contains("disposition-notification")) {
            return new MailClassification(
                    MailKind.DELIVERY_REPORT,
                    "read receipt (multipart/report; report-type=disposition-notification)",
                    new BounceReport(originalMessageId(mail, text), List.of()));
        }
        List<DeliveryStatusFields.Recipient> fields = new ArrayList<>();
        for (ParsedAttachment attachment : mail.attachments()) {
            String type = lower(attachment.contentType());
            if (type.equals("message/delivery-status") || type.equals("message/global-delivery-status")) {
                fields.addAll(DeliveryStatusFields.parse(limit(new String(attachment.data(), StandardCharsets.UTF_8))));
            }
        }
        String reportText = PlainBounce.report(text);
        boolean dsn = contentType.startsWith("multipart/report") && contentType.contains("delivery-status");
        boolean bounceText = dsn || looksLikePlainBounce(mail, reportText);
        if (fields.isEmpty() && bounceText && text.toLowerCase(Locale.ROOT).contains("final-recipient:")) {
            // a report whose MIME structure broke: its status fields ended up in the text
            fields.addAll(DeliveryStatusFields.parse(text));
        }
        List<BounceRecipient> recipients = new ArrayList<>();
        String signal;
        if (!fields.isEmpty()) {
            for (DeliveryStatusFields.Recipient field : fields) {
                recipients.add(fromFields(field, reportText));
            }
            signal = "delivery status report (RFC 3464)";
        } else if (bounceText) {
            boolean delayed = PlainBounce.DELAYED
                            .matcher(reportText.toLowerCase(Locale.ROOT))
                            .find()
                    || PlainBounce.DELAYED.matcher(lower(mail.subject())).find();
            for (PlainBounce.Found found : plainRecipients(mail, reportText)) {
                recipients.add(fromText(found, delayed));
            }
            signal = dsn
                    ? "delivery status report (RFC 3464) without status fields"
                    : "bounce text from "
                            + (mail.from() == null
                                    ? "unknown sender"
                                    : mail.from().address()) + ", subject \"" + mail.subject() + "\"";
        } else {
            return null;
        }
        boolean failed = recipients.isEmpty() || recipients.stream().anyMatch(r -> r.action() == DeliveryAction.FAILED);
        MailKind kind = failed ? MailKind.BOUNCE : MailKind.DELIVERY_REPORT;
        String actions = recipients.stream()
                .map(r -> r.action().name().toLowerCase(Locale.ROOT))
                .distinct()
                .reduce((a, b) -> a + ", " + b)
                .orElse("no recipients named");
        return new MailClassification(
                kind, signal + ": " + actions, new BounceReport(originalMessageId(mail, text), recipients));
    }

    /**
     * The recipients of a plain-text bounce: those in Exim's X-Failed-Recipients header, else those the text names,
     * else the recipients of the returned message, so that a report without details still says whom it is about.
     */
    private static List<PlainBounce.Found> plainRecipients(ParsedMail mail, String reportText) {
        List<PlainBounce.Found> named = PlainBounce.recipients(reportText, ownAddresses(mail));
        List<String> failed = mail.headers().getOrDefault("x-failed-recipients", List.of()).stream()
                .flatMap(v -> java.util.Arrays.stream(v.split("[,\\s]+")))
                .filter(a -> a.contains("@"))
                .toList();
        if (!failed.isEmpty()) {
            List<PlainBounce.Found> result = new ArrayList<>();
            for (String address : failed) {
                PlainBounce.Found match = named.stream()
                        .filter(f -> f.address().equalsIgnoreCase(address))
                        .findFirst()
                        .orElse(named.size() == 1 && failed.size() == 1 ? named.getFirst() : null);
                String diagnostic = match != null ? match.diagnostic() : paragraphMentioning(reportText, address);
                result.add(new PlainBounce.Found(address, diagnostic == null ? "" : diagnostic));
            }
            return result;
        }
        if (!named.isEmpty()) {
            return named;
        }
        List<PlainBounce.Found> original = new ArrayList<>();
        for (String address : originalRecipients(mail)) {
            original.add(new PlainBounce.Found(
                    address, reportText.replaceAll("\\s+", " ").strip()));
        }
        return original;
    }

    /** The To and Cc addresses of the returned message, when the report carries it. */
    private static List<String> originalRecipients(ParsedMail mail) {
        for (ParsedAttachment attachment : mail.attachments()) {
            String type = lower(attachment.contentType());
            if (type.equals("message/rfc822") || type.equals("text/rfc822-headers")) {
                Map<String, List<String>> headers = EMBEDDED.headers(attachment.data());
                List<String> addresses = new ArrayList<>();
                for (String name : List.of("to", "cc")) {
                    for (String value : headers.getOrDefault(name, List.of())) {
                        Matcher address = ADDRESS.matcher(value);
                        while (address.find()) {
                            addresses.add(address.group());
                        }
                    }
                }
                return addresses;
            }
        }
        return List.of();
    }

    private static BounceRecipient fromFields(DeliveryStatusFields.Recipient field, String reportText) {
        DeliveryAction action = action(field.action());
        String context = paragraphMentioning(reportText, field.address());
        String diagnostic = field.diagnostic() != null && !field.diagnostic().isBlank() ? field.diagnostic() : context;
        diagnostic =
                diagnostic == null ? null : diagnostic.replaceAll("\\s+", " ").strip();
        boolean failure = action == DeliveryAction.FAILED || action == DeliveryAction.DELAYED;
        String status = field.status();
        String fromText = BounceReasons.status(diagnostic, failure);
        if (fromText != null
                && (status == null
                        || (status.endsWith(".0.0")
                                && fromText.charAt(0) == status.charAt(0)
                                && !fromText.endsWith(".0.0")))) {
            status = fromText;
        }
        String code = BounceReasons.replyCode(diagnostic, failure);
        BounceReasons.Stage stage = BounceReasons.stage(diagnostic);
        if (stage == BounceReasons.Stage.UNKNOWN) {
            stage = BounceReasons.stage(context);
        }
        BounceRecipient recipient = recipient(field.address(), action, status, code, diagnostic, stage);
        if (field.diagnosticType() != null && field.diagnosticType().startsWith("x-unix") && recipient.hard()) {
            // a local delivery program failed; its wording says nothing reliable about the address
            return new BounceRecipient(
                    recipient.address(), action, status, code, diagnostic, BounceReason.OTHER, false);
        }
        return recipient;
    }

    private static BounceRecipient fromText(PlainBounce.Found found, boolean delayed) {
        String diagnostic = found.diagnostic().isBlank() ? null : found.diagnostic();
        return recipient(
                found.address(),
                delayed ? DeliveryAction.DELAYED : DeliveryAction.FAILED,
                BounceReasons.status(diagnostic, true),
                BounceReasons.replyCode(diagnostic, true),
                diagnostic,
                BounceReasons.stage(diagnostic));
    }

    private static BounceRecipient recipient(
            String address,
            DeliveryAction action,
            String status,
            String code,
            String diagnostic,
            BounceReasons.Stage stage) {
        if (action == DeliveryAction.DELIVERED
                || action == DeliveryAction.RELAYED
                || action == DeliveryAction.EXPANDED) {
            return new BounceRecipient(address, action, status, code, diagnostic, null, false);
        }
        BounceReason reason = BounceReasons.reason(status, code, diagnostic, stage, action);
        boolean permanent = action == DeliveryAction.FAILED
                && (status != null ? status.startsWith("5") : code == null || code.startsWith("5"));
        return new BounceRecipient(
                address, action, status, code, diagnostic, reason, BounceReasons.hard(reason, permanent));
    }

    private static DeliveryAction action(String value) {
        String action = value == null ? "" : value;
        if (action.startsWith("deliver")) {
            return DeliveryAction.DELIVERED;
        }
        if (action.startsWith("relay")) {
            return DeliveryAction.RELAYED;
        }
        if (action.startsWith("expand")) {
            return DeliveryAction.EXPANDED;
        }
        if (action.startsWith("delay")) {
            return DeliveryAction.DELAYED;
        }
        return DeliveryAction.FAILED;
    }

    /**
     * The paragraph of the human-readable report that names the address, with the paragraph after it (Sendmail and
     * Gmail put the address in one paragraph and the explanation in the next), or null.
     */
    private static String paragraphMentioning(String report, String address) {
        if (report == null || address == null || address.isBlank()) {
            return null;
        }
        String lower = report.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(address.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return null;
        }
        int start = lower.lastIndexOf("\n\n", at);
        int end = lower.indexOf("\n\n", at);
        int next = end < 0 ? -1 : lower.indexOf("\n\n", end + 2);
        String paragraphs = report.substring(start < 0 ? 0 : start + 2, next < 0 ? report.length() : next);
        return paragraphs.isBlank() ? null : paragraphs;
    }

    private static boolean looksLikePlainBounce(ParsedMail mail, String reportText) {
        MailAddress from = mail.from();
        boolean daemon = from != null
                && (DAEMON_ADDRESS.matcher(from.address()).matches()
                        || (from.name() != null
                                && DAEMON_NAME.matcher(from.name()).find()));
        boolean nullSender =
                "<>".equals(String.valueOf(mail.header("return-path")).strip());
        if (!daemon && !nullSender) {
            return false;
        }
        return BOUNCE_SUBJECT.matcher(String.valueOf(mail.subject())).find()
                || BOUNCE_TEXT.matcher(reportText.toLowerCase(Locale.ROOT)).find();
    }

    /** The bounce's own sender: a report may name it ("contact postmaster@..."), but it did not fail. */
    private static Set<String> ownAddresses(ParsedMail mail) {
        Set<String> own = new HashSet<>();
        if (mail.from() != null) {
            own.add(mail.from().normalized());
        }
        return own;
    }

    /**
     * The Message-ID of the message a report is about: from the returned message or its headers, else from a quoted
     * {@code Message-ID:} line in the report text or a text attachment, else from the report's In-Reply-To or
     * References, which some MTAs set to the original.
     */
    private static String originalMessageId(ParsedMail mail, String text) {
        for (ParsedAttachment attachment : mail.attachments()) {
            String type = lower(attachment.contentType());
            if (type.equals("message/rfc822")
                    || type.equals("message/global")
                    || type.equals("text/rfc822-headers")
                    || type.equals("message/global-headers")
                    || type.equals("message/rfc822-headers")) {
                String id = headerMessageId(attachment.data());
                if (id != null) {
                    return id;
                }
            }
        }
        String id = quotedMessageId(text);
        if (id != null) {
            return id;
        }
        for (ParsedAttachment attachment : mail.attachments()) {
            String type = lower(attachment.contentType());
            if (type.startsWith("text/") || type.startsWith("message/")) {
                id = quotedMessageId(limit(new String(attachment.data(), StandardCharsets.UTF_8)));
                if (id != null) {
                    return id;
                }
            }
        }
        if (!mail.inReplyTo().isEmpty()) {
            return mail.inReplyTo().getFirst();
        }
        return mail.references().isEmpty() ? null : mail.references().getLast();
    }

    private static String headerMessageId(byte[] message) {
        List<String> values = EMBEDDED.headers(message).getOrDefault("message-id", List.of());
        return values.isEmpty() ? null : firstId(values.getFirst());
    }

    /**
     * The first {@code Message-ID:} line of a text; when the text holds a whole MIME report (a bounce forwarded as
     * text), the one after its returned-message part.
     */
    private static String quotedMessageId(String text) {
        if (text == null) {
            return null;
        }
        Matcher part = EMBEDDED_PART.matcher(text);
        if (part.find()) {
            String id = quotedMessageId(text, part.end());
            if (id != null) {
                return id;
            }
        }
        return quotedMessageId(text, 0);
    }

    private static String quotedMessageId(String text, int from) {
        Matcher line = MESSAGE_ID_LINE.matcher(text);
        line.region(from, text.length());
        while (line.find()) {
            String value = line.group(1).strip();
            if (value.isEmpty()) {
                int next = text.indexOf('\n', line.end() + 1);
                value = text.substring(Math.min(line.end() + 1, text.length()), next < 0 ? text.length() : next);
            }
            String id = firstId(value);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private static String firstId(String value) {
        Matcher angle = ANGLE_ID.matcher(value);
        if (angle.find()) {
            return angle.group(1);
        }
        String token = value.strip().split("\\s+")[0];
        return token.contains("@") ? token : null;
    }

    private static String autoReplySignal(ParsedMail mail) {
        String autoSubmitted = lower(mail.header("auto-submitted"));
        if (autoSubmitted.startsWith("auto-replied")) {
            return "header Auto-Submitted: " + mail.header("auto-submitted").strip();
        }
        for (String header :
                List.of("X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Reply", "X-Mail-Autoreply")) {
            String value = mail.header(header);
            if (value != null && !lower(value).equals("no") && !lower(value).equals("false")) {
                return "header " + header + ": " + value.strip();
            }
        }
        String suppress = lower(mail.header("x-auto-response-suppress"));
        if (suppress.contains("all") || suppress.contains("oof")) {
            return "header X-Auto-Response-Suppress: "
                    + mail.header("x-auto-response-suppress").strip();
        }
        if (lower(mail.header("precedence")).equals("auto_reply")) {
            return "header Precedence: auto_reply";
        }
        if (mail.subject() != null && AUTO_REPLY_SUBJECT.matcher(mail.subject()).find()) {
            return "subject \"" + mail.subject().strip() + "\"";
        }
        return null;
    }

    private static String bulkSignal(ParsedMail mail) {
        String precedence = lower(mail.header("precedence"));
        if (precedence.equals("bulk") || precedence.equals("list") || precedence.equals("junk")) {
            return "header Precedence: " + precedence;
        }
        for (String header : List.of("List-Id", "List-Unsubscribe")) {
            if (mail.header(header) != null) {
                return "header " + header + ": " + mail.header(header).strip();
            }
        }
        String autoSubmitted = lower(mail.header("auto-submitted"));
        if (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no")) {
            return "header Auto-Submitted: " + mail.header("auto-submitted").strip();
        }
        return null;
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String limit(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }
}
