package io.frontline.channels.email.corpus;

import io.frontline.channels.email.classify.BounceReason;
import io.frontline.channels.email.classify.BounceRecipient;
import io.frontline.channels.email.classify.DeliveryAction;
import io.frontline.channels.email.classify.MailClassification;
import io.frontline.channels.email.classify.MailKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Compares a {@link MailClassification} with an entry of {@code sisimai/expected.json}: machine mail exactly when
 * {@code is_bounce_or_autoreply}, the kind by group, and per recipient the status code and the hard-bounce flag; where
 * the file quotes the original message, its Message-ID. The reason and the SMTP reply code are compared too, but only
 * reported: Sisimai's 34 reasons map onto our 13 with judgement calls, and neither is part of the spec.
 */
public final class SisimaiCheck {

    /** Fields that must match; a mismatch fails the case. */
    public static final List<String> FIELDS =
            List.of("machine_mail", "kind", "recipient_count", "status", "hard_bounce", "original_message_id");

    /** Fields measured for the report only. */
    public static final List<String> INFO_FIELDS = List.of("reason", "reply_code");

    /** Sisimai's own status codes for failures that came without one: x.0.9xx. */
    private static final Pattern PSEUDO_STATUS = Pattern.compile("[245]\\.0\\.9\\d\\d");

    private static final Pattern MESSAGE_ID_LINE = Pattern.compile("(?im)^[ \\t>]*message-id:[ \\t]*(.*)$");
    private static final Pattern ANGLE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern EMBEDDED_PART =
            Pattern.compile("(?im)^content-type:\\s*(message/rfc822|text/rfc822-headers)");

    private static final Map<String, BounceReason> REASONS = Map.ofEntries(
            Map.entry("userunknown", BounceReason.USER_UNKNOWN),
            Map.entry("hostunknown", BounceReason.HOST_UNKNOWN),
            Map.entry("notaccept", BounceReason.NOT_ACCEPTING),
            Map.entry("hasmoved", BounceReason.HAS_MOVED),
            Map.entry("mailboxfull", BounceReason.MAILBOX_FULL),
            Map.entry("exceedlimit", BounceReason.MESSAGE_TOO_BIG),
            Map.entry("mesgtoobig", BounceReason.MESSAGE_TOO_BIG),
            Map.entry("suspend", BounceReason.SUSPENDED),
            Map.entry("blocked", BounceReason.REJECTED),
            Map.entry("rejected", BounceReason.REJECTED),
            Map.entry("policyviolation", BounceReason.REJECTED),
            Map.entry("norelaying", BounceReason.REJECTED),
            Map.entry("requireptr", BounceReason.REJECTED),
            Map.entry("badreputation", BounceReason.REJECTED),
            Map.entry("toomanyconn", BounceReason.REJECTED),
            Map.entry("speeding", BounceReason.REJECTED),
            Map.entry("notcompliantrfc", BounceReason.REJECTED),
            Map.entry("filtered", BounceReason.REJECTED),
            Map.entry("spamdetected", BounceReason.SPAM_BLOCKED),
            Map.entry("virusdetected", BounceReason.SPAM_BLOCKED),
            Map.entry("authfailure", BounceReason.SECURITY),
            Map.entry("securityerror", BounceReason.SECURITY),
            Map.entry("failedstarttls", BounceReason.SECURITY),
            Map.entry("expired", BounceReason.EXPIRED),
            Map.entry("networkerror", BounceReason.NETWORK),
            Map.entry("systemerror", BounceReason.OTHER),
            Map.entry("mailererror", BounceReason.OTHER),
            Map.entry("syntaxerror", BounceReason.OTHER),
            Map.entry("onhold", BounceReason.OTHER),
            Map.entry("undefined", BounceReason.OTHER));

    /**
     * Expectations we deliberately do not reproduce, by file and field, each with the reason. The corpus test asserts
     * that every listed deviation still occurs, so fixing one forces its entry out of this list.
     */
    public static final Map<String, Map<String, String>> DEVIATIONS = Map.of(
            "maildir/bsd/lhost-exchange2007-05.eml",
            Map.of(
                    "status",
                    "we report the Status field of the delivery-status part (4.4.7, message expired); Sisimai takes"
                            + " 4.4.1 from the human-readable part"),
            "maildir/bsd/lhost-postfix-05.eml",
            Map.of(
                    "hard_bounce",
                    "a temporary (450 4.1.1) \"user unknown\" does not condemn the address in our rules; Sisimai"
                            + " counts user unknown as hard whatever the class"),
            "maildir/bsd/rfc3464-01.eml",
            Map.of(
                    "hard_bounce",
                    "the status fields say 5.1.1 User Unknown and only the human-readable part says \"Not enough disk"
                            + " space\"; we go by the status fields, Sisimai by the text (mailbox full)"),
            "maildir/bsd/rfc3464-28.eml",
            Map.of(
                    "recipient_count",
                    "the file is an mbox holding two reports; the parser reads one message per call, so we see the"
                            + " first report's one recipient"),
            "maildir/bsd/rfc3464-42.eml",
            Map.of(
                    "hard_bounce",
                    "\"The email account that you tried to reach does not exist\" without an SMTP reply code is the"
                            + " reporting MTA's own verdict and we read it as user unknown; Sisimai, lacking an SMTP"
                            + " stage, calls it filtered"),
            "maildir/bsd/rfc3464-58.eml",
            Map.of(
                    "hard_bounce",
                    "\"550 <address>: User unknown\" with a generic 5.0.0 and no SMTP stage is not trusted as user"
                            + " unknown (content filters use that wording); Sisimai's rule for this provider (KDDI)"
                            + " trusts it"));

    private SisimaiCheck() {}

    public static Map<String, JsonNode> expectations() {
        return Corpus.entries(Corpus.SISIMAI.resolve("expected.json"));
    }

    public static byte[] raw(String file) {
        return Corpus.bytes(Corpus.SISIMAI.resolve(file));
    }

    /** The results for the fields that apply to this entry; the info fields come last. */
    public static List<ZammadCheck.FieldResult> check(String file, JsonNode expected, MailClassification ours) {
        List<ZammadCheck.FieldResult> results = new ArrayList<>();
        String group = Corpus.text(expected, "group");
        boolean machine = expected.get("is_bounce_or_autoreply").asBoolean();
        boolean oursMachine = ours.kind() != MailKind.NORMAL && ours.kind() != MailKind.BULK;
        results.add(result("machine_mail", machine == oursMachine, String.valueOf(machine), ours.kind() + ""));
        if (!machine) {
            results.add(result("kind", ours.kind() == MailKind.NORMAL, "NORMAL", ours.kind() + ""));
            return results;
        }
        if ("rfc3834".equals(group)) {
            results.add(result("kind", ours.kind() == MailKind.AUTO_REPLY, "AUTO_REPLY", describe(ours)));
            return results;
        }
        List<JsonNode> wanted = new ArrayList<>();
        expected.get("recipients").forEach(wanted::add);
        List<BounceRecipient> got =
                ours.report() == null ? List.of() : ours.report().recipients();
        boolean delivered = wanted.stream().allMatch(r -> "delivered".equals(Corpus.text(r, "reason")));
        boolean allDelayed = !got.isEmpty() && got.stream().allMatch(r -> r.action() == DeliveryAction.DELAYED);
        MailKind kind = delivered ? MailKind.DELIVERY_REPORT : allDelayed ? MailKind.DELIVERY_REPORT : MailKind.BOUNCE;
        results.add(result("kind", ours.kind() == kind, kind.name(), describe(ours)));
        results.add(result(
                "recipient_count",
                wanted.size() == got.size(),
                String.valueOf(wanted.size()),
                got.size() + " " + got.stream().map(BounceRecipient::address).toList()));
        int n = Math.min(wanted.size(), got.size());
        List<String> statusWant = new ArrayList<>();
        List<String> statusGot = new ArrayList<>();
        boolean statusOk = true;
        List<String> hardWant = new ArrayList<>();
        List<String> hardGot = new ArrayList<>();
        boolean hardOk = true;
        List<String> reasonWant = new ArrayList<>();
        List<String> reasonGot = new ArrayList<>();
        List<String> codeWant = new ArrayList<>();
        List<String> codeGot = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            JsonNode w = wanted.get(i);
            BounceRecipient g = got.get(i);
            String status = Corpus.text(w, "status");
            statusWant.add(status);
            statusGot.add(g.status());
            statusOk &= statusMatches(status, g.status());
            hardWant.add(String.valueOf(w.get("hard_bounce").asBoolean()));
            hardGot.add(String.valueOf(g.hard()));
            hardOk &= w.get("hard_bounce").asBoolean() == g.hard();
            reasonWant.add(Corpus.text(w, "reason") + "=" + REASONS.get(Corpus.text(w, "reason")));
            reasonGot.add(String.valueOf(g.reason()));
            codeWant.add(Corpus.text(w, "reply_code"));
            codeGot.add(g.smtpCode() == null ? "" : g.smtpCode());
        }
        results.add(result("status", statusOk, String.join(", ", statusWant), String.valueOf(statusGot)));
        results.add(result("hard_bounce", hardOk, String.join(", ", hardWant), String.join(", ", hardGot)));
        String originalId = embeddedMessageId(raw(file));
        if (originalId != null) {
            String gotId = ours.report() == null ? null : ours.report().originalMessageId();
            results.add(result("original_message_id", originalId.equals(gotId), originalId, gotId));
        }
        boolean reasonOk = true;
        for (int i = 0; i < n; i++) {
            BounceReason mapped = REASONS.get(Corpus.text(wanted.get(i), "reason"));
            reasonOk &= mapped == null || mapped == got.get(i).reason();
        }
        results.add(result("reason", reasonOk, String.join(", ", reasonWant), String.valueOf(reasonGot)));
        results.add(result("reply_code", codeWant.equals(codeGot), String.valueOf(codeWant), String.valueOf(codeGot)));
        return results;
    }

    /**
     * A status matches when equal; a Sisimai pseudo-code (x.0.9xx, made up when the bounce gave no code) matches our
     * null or any code of the same class.
     */
    static boolean statusMatches(String expected, String actual) {
        if (Objects.equals(expected, actual)) {
            return true;
        }
        if (expected != null && PSEUDO_STATUS.matcher(expected).matches()) {
            return actual == null || actual.charAt(0) == expected.charAt(0);
        }
        return false;
    }

    /**
     * The Message-ID the test expects us to find, read from the raw file without a MIME parser: the first
     * {@code Message-ID:} line after a {@code message/rfc822} or {@code text/rfc822-headers} part starts, else the first
     * one anywhere in the body (the bounce's own Message-ID is in its header block). Where the two differ, the file's
     * human-readable part quotes headers that were anonymised differently from the returned message, which wins.
     */
    static String embeddedMessageId(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        int body = text.indexOf("\n\n");
        if (body < 0) {
            return null;
        }
        Matcher part = EMBEDDED_PART.matcher(text);
        if (part.find(body)) {
            String id = firstId(text, part.end());
            if (id != null) {
                return id;
            }
        }
        return firstId(text, body);
    }

    private static String firstId(String text, int from) {
        Matcher line = MESSAGE_ID_LINE.matcher(text);
        line.region(from, text.length());
        while (line.find()) {
            String value = line.group(1).strip();
            if (value.isEmpty()) {
                int next = text.indexOf('\n', line.end() + 1);
                value = text.substring(Math.min(line.end() + 1, text.length()), next < 0 ? text.length() : next);
            }
            Matcher id = ANGLE_ID.matcher(value);
            if (id.find()) {
                return id.group(1);
            }
        }
        return null;
    }

    private static String describe(MailClassification c) {
        return c.kind() + " (" + c.signal() + ")";
    }

    private static ZammadCheck.FieldResult result(String field, boolean ok, String expected, String actual) {
        return new ZammadCheck.FieldResult(field, ok, expected, actual);
    }
}
