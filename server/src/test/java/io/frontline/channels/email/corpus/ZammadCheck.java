package io.frontline.channels.email.corpus;

import io.frontline.channels.email.mime.MailAddress;
import io.frontline.channels.email.mime.ParsedMail;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

/**
 * Compares a {@link ParsedMail} with an entry of {@code zammad/expected-summary.json}, field by field, by the rules of
 * the corpus README: sender, subject and content type exactly, recipients as normalised address lists, attachments as
 * a subset of {filename, MD5} pairs, and the body as normalised text.
 */
public final class ZammadCheck {

    public static final List<String> FIELDS =
            List.of("from_email", "from_display_name", "subject", "content_type", "to", "cc", "attachments", "body");

    /** Zammad's own placeholder for a message without a readable body. */
    private static final String NO_CONTENT = "no visible content";

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>,;:\"()\\[\\]]+@[^\\s<>,;:\"()\\[\\]]+");

    /**
     * Expectations we deliberately do not reproduce, by file and field, each with the reason. The corpus test asserts
     * that every listed deviation still occurs, so fixing one forces its entry out of this list.
     */
    public static final Map<String, Map<String, String>> DEVIATIONS = Map.ofEntries(
            Map.entry(
                    "mail018",
                    both(
                            "subject",
                            "body",
                            "UTF-7 (unicode-1-1-utf-7) is decoded to \"Übermittlungsstatus\"; Zammad leaves"
                                    + " \"+ANw-bermittlungsstatus\" undecoded")),
            Map.entry(
                    "mail021",
                    both(
                            "attachments",
                            "body",
                            "bytes that are not UTF-8 in a UTF-8 HTML body are read as windows-1252; Zammad's fallback"
                                    + " gives other letters for some of them, so the HTML (and its MD5) differ")),
            Map.entry(
                    "mail025",
                    Map.of(
                            "body",
                            "the uuencoded block in the text body becomes the attachment rulesets-report.csv, as our"
                                    + " spec asks; Zammad leaves the block in the text")),
            Map.entry(
                    "mail027",
                    Map.of(
                            "subject",
                            "a line break decoded from an encoded word is dropped from the subject; Zammad keeps CR LF",
                            "content_type",
                            "an HTML body showing only a remote image stays HTML; Zammad's sanitizer empties it and"
                                    + " falls back to text/plain")),
            Map.entry(
                    "mail046",
                    Map.of(
                            "from_display_name",
                            "the raw 8-bit GB2312 name is decoded as GB18030 (武兰成), detected over all raw header text;"
                                    + " Zammad guessed windows-1250 (ÎäŔźłÉ)")),
            Map.entry(
                    "mail054",
                    both(
                            "content_type",
                            "body",
                            "Content-Type lacks its boundary (the boundary line is not folded): we find the boundary"
                                    + " in the body and show the message; Zammad shows no content")),
            Map.entry(
                    "mail060",
                    Map.of(
                            "body",
                            "text labelled iso-gb2312 is decoded as GB18030 as labelled (it really is mixed UTF-8 and"
                                    + " Latin-1); Zammad guessed windows-1250")),
            Map.entry(
                    "mail064",
                    Map.of(
                            "attachments",
                            "the windows-1258 file name decodes to \"Capture d’écran … à 12.22.38.jpg\" with combining"
                                    + " accents; Zammad read those bytes as Latin-1 (\"eìcran\", \"aÌ\")")),
            Map.entry(
                    "mail065",
                    Map.of(
                            "from_display_name",
                            "an encoded word holding a comma decodes to the name \"Bürling, Andreas\"; Zammad splits"
                                    + " the address at the comma and keeps \"=20Andreas?=\"")),
            Map.entry(
                    "mail072",
                    both(
                            "attachments",
                            "body",
                            "windows-1258 text is decoded as windows-1258 (\"à\", \"août\"); Zammad decoded it as"
                                    + " windows-1250 (\"ŕ\", \"aoűt\")")),
            Map.entry(
                    "mail073",
                    Map.of(
                            "attachments",
                            "the raw 8-bit file name decodes to \"Forex Platte ohne Wölbung.jpg\"; Zammad has a"
                                    + " replacement character for the ö")),
            Map.entry(
                    "mail076",
                    Map.of(
                            "from_display_name",
                            "From: \"Millions Lottery Spain transfer\"@example.com> has no display name; Zammad copies"
                                    + " address text into it")),
            Map.entry(
                    "mail087",
                    Map.of(
                            "from_display_name",
                            "From: Test test@example.com has no display name; Zammad copies the whole value into it",
                            "attachments",
                            "the part without Content-Type is text/plain by RFC 2045 and is shown as the body; Zammad"
                                    + " stores it as an attachment named \"file\"",
                            "body",
                            "the part without Content-Type is text/plain by RFC 2045 and is shown as the body; Zammad"
                                    + " shows no content")),
            Map.entry(
                    "mail105",
                    Map.of(
                            "body",
                            "a multipart whose boundary never occurs is shown as its (quoted-printable) text; Zammad"
                                    + " shows no content")));

    private ZammadCheck() {}

    private static Map<String, String> both(String field, String other, String reason) {
        return Map.of(field, reason, other, reason);
    }

    /** The outcome of one field: whether it matched, with both sides as shown in failure messages. */
    public record FieldResult(String field, boolean matches, String expected, String actual) {}

    public static Map<String, JsonNode> expectations() {
        return Corpus.entries(Corpus.ZAMMAD.resolve("expected-summary.json"));
    }

    public static byte[] raw(JsonNode expected) {
        return Corpus.bytes(Corpus.ZAMMAD.resolve("mail").resolve(Corpus.text(expected, "box")));
    }

    /** The results for the fields this entry specifies ({@code cc} only where the entry has it). */
    public static List<FieldResult> check(JsonNode expected, ParsedMail mail) {
        List<FieldResult> results = new ArrayList<>();
        MailAddress from = mail.from();
        results.add(exact("from_email", Corpus.text(expected, "from_email"), from == null ? "" : from.address()));
        results.add(exact(
                "from_display_name",
                Corpus.text(expected, "from_display_name"),
                from == null || from.name() == null ? "" : from.name()));
        results.add(exact("subject", Corpus.text(expected, "subject"), mail.subject()));
        results.add(exact("content_type", Corpus.text(expected, "content_type"), contentType(mail)));
        results.add(addresses("to", Corpus.text(expected, "to"), mail.to()));
        if (expected.has("cc") && !expected.get("cc").isNull()) {
            results.add(addresses("cc", Corpus.text(expected, "cc"), mail.cc()));
        }
        results.add(attachments(expected.get("attachments"), mail));
        results.add(body(expected, mail));
        return results;
    }

    /** Our counterpart of Zammad's {@code content_type}: the type of the body a ticket would show. */
    public static String contentType(ParsedMail mail) {
        return mail.html() != null ? "text/html" : "text/plain";
    }

    private static FieldResult exact(String field, String expected, String actual) {
        return new FieldResult(field, Objects.equals(expected, actual), expected, actual);
    }

    private static FieldResult addresses(String field, String expected, List<MailAddress> actual) {
        List<String> want = normalizedAddresses(expected == null ? "" : expected);
        List<String> got = actual.stream().map(MailAddress::normalized).toList();
        return new FieldResult(field, want.equals(got), String.join(", ", want), String.join(", ", got));
    }

    /** An address header as lower-cased addresses in order, read leniently. */
    static List<String> normalizedAddresses(String header) {
        List<String> addresses = new ArrayList<>();
        try {
            for (InternetAddress a : InternetAddress.parseHeader(header, false)) {
                if (a.getAddress() != null && !a.getAddress().isBlank()) {
                    addresses.add(a.getAddress().strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (AddressException e) {
            Matcher m = ADDRESS.matcher(header);
            while (m.find()) {
                addresses.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return addresses;
    }

    /**
     * Every expected {filename, MD5} pair must be among ours. Zammad also lists the HTML body as an attachment
     * ({@code content-alternative}); we carry it as {@link ParsedMail#html()}, so that entry is compared with the MD5 of
     * our HTML in UTF-8.
     */
    private static FieldResult attachments(JsonNode expected, ParsedMail mail) {
        Set<String> ours = mail.attachments().stream()
                .map(a -> a.filename() + " " + md5(a.data()))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        if (mail.html() != null) {
            ours.add("(html body) " + md5(mail.html().getBytes(StandardCharsets.UTF_8)));
        }
        List<String> missing = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (JsonNode attachment : expected) {
            JsonNode alternative = attachment.path("preferences").get("content-alternative");
            String key = alternative != null && alternative.asBoolean()
                    ? "(html body) " + Corpus.text(attachment, "md5")
                    : Corpus.text(attachment, "filename") + " " + Corpus.text(attachment, "md5");
            wanted.add(key);
            if (!ours.contains(key)) {
                missing.add(key);
            }
        }
        return new FieldResult(
                "attachments",
                missing.isEmpty(),
                String.join(" | ", wanted),
                missing.isEmpty()
                        ? String.join(" | ", ours)
                        : "missing " + String.join(" | ", missing) + " in " + ours);
    }

    private static FieldResult body(JsonNode expected, ParsedMail mail) {
        String expectedBody = Corpus.text(expected, "body");
        boolean expectedHtml = "text/html".equals(Corpus.text(expected, "content_type"));
        String want = NO_CONTENT.equals(expectedBody) ? "" : normalize(expectedBody, expectedHtml);
        String got = mail.html() != null ? normalize(mail.html(), true) : normalize(mail.text(), false);
        return new FieldResult("body", want.equals(got), want, got);
    }

    /**
     * Text without tags and with whitespace collapsed. The expected bodies went through an HTML 4 parser, which reads
     * {@code &lang;} and {@code &rang;} as U+2329/U+232A where HTML 5 has U+27E8/U+27E9; both are mapped to the latter.
     */
    public static String normalize(String body, boolean html) {
        if (body == null) {
            return "";
        }
        String text = html ? Jsoup.parse(body).text() : body;
        return text.replace('\u2329', '\u27E8')
                .replace('\u232A', '\u27E9')
                .replaceAll("[\\s\\p{Z}\\u200B\\uFEFF]+", " ")
                .strip();
    }

    static String md5(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
