package io.frontline.channels.email.reply;

import io.frontline.channels.email.reply.Line.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Separates what the sender of an e-mail actually wrote from the quoted history and the signature their mail client
 * added. Recognises the quoting of Gmail, Outlook (desktop, web, 365, Mac), Apple Mail, Thunderbird, Yahoo, mobile
 * clients and plain {@code >} quoting, with attribution and header lines in English, German, French, Spanish,
 * Japanese and a dozen more languages.
 *
 * <p>Conservative by design: it cuts only at recognised markers, keeps interleaved quotes of an inline answer, and
 * never returns an empty reply for a non-empty message. Scanning is linear in the input; only the first
 * {@code maxTextChars} (or {@code maxHtmlChars}) characters are analysed and the rest counts as quoted history.
 * Immutable and thread-safe.
 */
public final class ReplyExtractor {

    /** Plain text beyond this many characters is treated as quoted history without looking at it. */
    public static final int DEFAULT_MAX_TEXT_CHARS = 128 * 1024;

    /** HTML beyond this many characters is treated as quoted history without looking at it. */
    public static final int DEFAULT_MAX_HTML_CHARS = 1024 * 1024;

    private final int maxTextChars;
    private final int maxHtmlChars;

    public ReplyExtractor() {
        this(DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_HTML_CHARS);
    }

    public ReplyExtractor(int maxTextChars, int maxHtmlChars) {
        if (maxTextChars < 1 || maxHtmlChars < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxTextChars = maxTextChars;
        this.maxHtmlChars = maxHtmlChars;
    }

    /** Splits a plain-text body (any line endings). */
    public ExtractedReply fromText(String plainText) {
        return fromText(plainText, SenderHints.NONE);
    }

    /** Splits a plain-text body, using what is known about the sender to find their signature. */
    public ExtractedReply fromText(String plainText, SenderHints hints) {
        String text = withoutBom(plainText == null ? "" : plainText);
        int cut = Texts.safeCut(text, maxTextChars);
        List<Line> lines = new ArrayList<>();
        for (String raw : Texts.lines(text.substring(0, cut))) {
            lines.add(Line.plain(raw));
        }
        ReplyScanner.assignRoles(lines, orNone(hints));
        String quoted = appendRest(join(lines, EnumSet.of(Role.QUOTED), false, false), text.substring(cut));
        return new ExtractedReply(
                join(lines, EnumSet.of(Role.REPLY), true, false),
                quoted,
                join(lines, EnumSet.of(Role.SIGNATURE), false, false),
                join(lines, EnumSet.of(Role.REPLY, Role.SIGNATURE), false, false),
                null);
    }

    /** Splits an HTML body; {@link ExtractedReply#replyHtml()} is the document without history and signature. */
    public ExtractedReply fromHtml(String html) {
        return fromHtml(html, SenderHints.NONE);
    }

    /** Splits an HTML body, using what is known about the sender to find their signature. */
    public ExtractedReply fromHtml(String html, SenderHints hints) {
        String source = withoutBom(html == null ? "" : html);
        int cut = Texts.safeCut(source, maxHtmlChars);
        Document doc = Jsoup.parse(source.substring(0, cut));
        doc.outputSettings().prettyPrint(false);
        Element root = doc.body() != null ? doc.body() : doc;
        List<Line> lines = HtmlLines.render(root);
        ReplyScanner.assignRoles(lines, orNone(hints));
        String reply = join(lines, EnumSet.of(Role.REPLY), true, true);
        String quoted = appendRest(join(lines, EnumSet.of(Role.QUOTED), false, true), stripTags(source.substring(cut)));
        String signature = join(lines, EnumSet.of(Role.SIGNATURE), false, true);
        String withSignature = join(lines, EnumSet.of(Role.REPLY, Role.SIGNATURE), false, true);
        boolean changed = lines.stream().anyMatch(line -> line.role != Role.REPLY);
        String replyHtml;
        if (changed) {
            HtmlLines.prune(root, lines);
            replyHtml = doc.outerHtml();
        } else {
            replyHtml = cut == source.length() ? source : doc.outerHtml();
        }
        return new ExtractedReply(reply, quoted, signature, withSignature, replyHtml);
    }

    /** The text a reader sees in an HTML body, one line per rendered line; what {@link #fromHtml} analyses. */
    public static String htmlToText(String html) {
        Document doc = Jsoup.parse(html == null ? "" : html);
        Element root = doc.body() != null ? doc.body() : doc;
        return join(HtmlLines.render(root), EnumSet.allOf(Role.class), false, true);
    }

    private static SenderHints orNone(SenderHints hints) {
        return hints == null ? SenderHints.NONE : hints;
    }

    private static String withoutBom(String s) {
        return s.startsWith("\ufeff") ? s.substring(1) : s;
    }

    private static String appendRest(String quoted, String beyondLimit) {
        String rest = Texts.stripTrailing(beyondLimit);
        if (rest.isEmpty()) {
            return quoted;
        }
        return quoted.isEmpty() ? rest : quoted + "\n" + rest;
    }

    /**
     * The lines with one of the roles, in order, without blank lines at either end. Reply lines lose trailing space;
     * HTML output keeps at most one blank line in a row, since Word-made HTML is full of empty paragraphs.
     */
    private static String join(List<Line> lines, Set<Role> roles, boolean stripLines, boolean squeezeBlank) {
        List<String> picked = new ArrayList<>();
        for (Line line : lines) {
            if (!roles.contains(line.role)) {
                continue;
            }
            boolean blank = Texts.isBlank(line.text);
            if (squeezeBlank && blank && (picked.isEmpty() || picked.getLast().isEmpty())) {
                continue;
            }
            picked.add(blank && squeezeBlank ? "" : stripLines ? Texts.stripTrailing(line.text) : line.text);
        }
        int start = 0;
        int end = picked.size();
        while (start < end && Texts.isBlank(picked.get(start))) {
            start++;
        }
        while (end > start && Texts.isBlank(picked.get(end - 1))) {
            end--;
        }
        return Texts.stripTrailing(String.join("\n", picked.subList(start, end)));
    }

    /** Rough text of HTML past the analysis limit: tags dropped in one pass, nothing parsed. */
    private static String stripTags(String html) {
        StringBuilder out = new StringBuilder(Math.min(html.length(), 1 << 16));
        boolean inTag = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') {
                inTag = true;
            } else if (c == '>' && inTag) {
                inTag = false;
            } else if (!inTag) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
