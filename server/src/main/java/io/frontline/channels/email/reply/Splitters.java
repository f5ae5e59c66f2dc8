package io.frontline.channels.email.reply;

import io.frontline.channels.email.reply.Vocabulary.Field;
import java.util.EnumSet;
import java.util.List;

/**
 * Recognises the lines where quoted history begins. Every check looks at a bounded slice of text (a few lines of at
 * most a few hundred characters), so scanning a message is linear in its size whatever it contains.
 */
final class Splitters {

    private Splitters() {}

    /** Longest line that can still be (part of) an attribution like "On …, Bob wrote:". */
    private static final int MAX_ATTRIBUTION_LINE = 400;

    private static final int MAX_ATTRIBUTION = 500;
    private static final int MAX_ATTRIBUTION_LINES = 4;
    private static final int MAX_HEADER_BLOCK_LINES = 12;

    /** What starts at a line, and how many lines it takes. */
    record Splitter(Kind kind, int length) {}

    enum Kind {
        /** Everything from here on is history: Outlook header blocks, "Original Message", forwards, client markup. */
        HARD,
        /** "On …, Bob wrote:" with a date or address: history, whether or not {@code >} lines follow. */
        ATTRIBUTION,
        /** Looks like an attribution but could be prose: history only if quoted lines follow. */
        WEAK_ATTRIBUTION
    }

    static Splitter at(List<Line> lines, int i) {
        Line line = lines.get(i);
        if (line.depth > 0 || line.blank) {
            return null;
        }
        if (line.has(Line.HINT_HARD)) {
            return new Splitter(Kind.HARD, 1);
        }
        if (isSeparatorLabel(line.content)) {
            return new Splitter(Kind.HARD, 1);
        }
        int header = headerBlockLength(lines, i);
        if (header > 0) {
            return new Splitter(Kind.HARD, header);
        }
        if (line.has(Line.HINT_BORDER_TOP) && looksLikeHeaderLabel(line.content)) {
            return new Splitter(Kind.HARD, 1);
        }
        Splitter attribution = attribution(lines, i);
        if (attribution != null) {
            return attribution;
        }
        if (line.has(Line.HINT_QUOTE)) {
            return new Splitter(Kind.ATTRIBUTION, 1);
        }
        return null;
    }

    /** "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded message:". */
    static boolean isSeparatorLabel(String t) {
        if (t.length() > 120 || t.isEmpty()) {
            return false;
        }
        int start = 0;
        int end = t.length();
        while (start < end && isFraming(t.charAt(start))) {
            start++;
        }
        while (end > start && isFraming(t.charAt(end - 1))) {
            end--;
        }
        int leading = countFraming(t, 0, start);
        int trailing = countFraming(t, end, t.length());
        String label = Texts.lower(Texts.collapse(t.substring(start, end)));
        if (leading >= 2 && trailing >= 2 && Vocabulary.SEPARATOR_LABELS.contains(stripColon(label))) {
            return true;
        }
        return leading == 0 && isColon(label) && Vocabulary.FORWARD_INTROS.contains(stripColon(label));
    }

    private static boolean isColon(String s) {
        return s.endsWith(":") || s.endsWith("：");
    }

    private static String stripColon(String s) {
        String out = s;
        while (!out.isEmpty() && (isColon(out) || out.endsWith(" "))) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    private static boolean isFraming(char c) {
        return c == '-' || c == '_' || c == '=' || c == '*' || c == '—' || c == '–' || c == '~' || Texts.isSpace(c);
    }

    private static int countFraming(String t, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (!Texts.isSpace(t.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** A line made of rule characters only ("-----", "_____", an HTML {@code <hr>}). */
    static boolean isRule(Line line) {
        if (line.rule) {
            return true;
        }
        String t = line.content;
        if (t.length() < 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '-' && c != '_' && c != '=' && c != '*' && c != '—' && c != '─' && c != '━' && !Texts.isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The field a header line like "From: …", "*Sent:* …" or "Betreff: …" names, or null. */
    static Field headerField(String t) {
        int i = 0;
        int n = Math.min(t.length(), 40);
        while (i < n && (t.charAt(i) == '*' || t.charAt(i) == '_')) {
            i++;
        }
        int colon = -1;
        for (int j = i; j < n; j++) {
            char c = t.charAt(j);
            if (c == ':' || c == '：') {
                colon = j;
                break;
            }
        }
        if (colon <= i) {
            return null;
        }
        int end = colon;
        while (end > i && (t.charAt(end - 1) == '*' || t.charAt(end - 1) == '_' || Texts.isSpace(t.charAt(end - 1)))) {
            end--;
        }
        return Vocabulary.HEADER_LABELS.get(Texts.lower(Texts.collapse(t.substring(i, end))));
    }

    private static String headerValue(String t) {
        int colon = t.indexOf(':');
        int wide = t.indexOf('：');
        if (colon < 0 || (wide >= 0 && wide < colon)) {
            colon = wide;
        }
        return colon < 0 ? "" : t.substring(colon + 1);
    }

    /**
     * How many lines the header block starting here takes, or 0. A block has a sender field and at least two others;
     * it must also carry an address, a "Sent" field or a subject, which prose with "From:" and "To:" lines lacks.
     */
    static int headerBlockLength(List<Line> lines, int i) {
        if (headerField(lines.get(i).content) == null) {
            return 0;
        }
        EnumSet<Field> seen = EnumSet.noneOf(Field.class);
        boolean fromHasAddress = false;
        int last = i;
        int blanks = 0;
        int continuations = 0;
        int end = Math.min(lines.size(), i + MAX_HEADER_BLOCK_LINES);
        for (int j = i; j < end; j++) {
            Line line = lines.get(j);
            if (line.depth > 0) {
                break;
            }
            if (line.blank) {
                if (++blanks > 1) {
                    break;
                }
                continue;
            }
            Field field = headerField(line.content);
            if (field == null) {
                if (blanks > 0 || ++continuations > 2) {
                    break;
                }
                continue;
            }
            if (!seen.add(field)) {
                break;
            }
            if (field == Field.FROM) {
                String value = headerValue(line.content);
                fromHasAddress = value.contains("@") || value.contains("<") || value.contains("[mailto");
            }
            blanks = 0;
            continuations = 0;
            last = j;
        }
        boolean valid = seen.contains(Field.FROM)
                && seen.size() >= 3
                && (fromHasAddress || seen.contains(Field.SENT) || seen.contains(Field.SUBJECT));
        return valid ? last - i + 1 : 0;
    }

    /** "Von:", "От:", "Lähettäjä:": a short label and a colon, for blocks marked up as quote headers. */
    private static boolean looksLikeHeaderLabel(String t) {
        if (headerField(t) != null) {
            return true;
        }
        int n = Math.min(t.length(), 30);
        for (int j = 1; j < n; j++) {
            char c = t.charAt(j);
            if (c == ':' || c == '：') {
                return Character.isLetter(t.charAt(0));
            }
            if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '*') {
                return false;
            }
        }
        return false;
    }

    /** "On Tue, 2 Apr 2012 at 18:26, Bob <bob@example.com> wrote:", possibly wrapped over up to four lines. */
    static Splitter attribution(List<Line> lines, int i) {
        Line first = lines.get(i);
        if (first.content.length() > MAX_ATTRIBUTION_LINE) {
            return null;
        }
        boolean wrappable = startsLikeAttribution(first.content);
        StringBuilder joined = new StringBuilder();
        for (int k = 0; k < MAX_ATTRIBUTION_LINES && i + k < lines.size(); k++) {
            Line line = lines.get(i + k);
            if (line.depth > 0 || line.blank || line.content.length() > MAX_ATTRIBUTION_LINE) {
                return null;
            }
            if (k > 0) {
                if (!wrappable) {
                    return null;
                }
                joined.append(' ');
            }
            joined.append(line.content);
            if (joined.length() > MAX_ATTRIBUTION) {
                return null;
            }
            Kind kind = attributionKind(joined.toString());
            if (kind != null) {
                return new Splitter(kind, k + 1);
            }
        }
        return null;
    }

    private static boolean startsLikeAttribution(String t) {
        int i = 0;
        while (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '>' || t.charAt(i) == ' ')) {
            i++;
        }
        String rest = Texts.lower(t.substring(i));
        if (rest.isEmpty()) {
            return false;
        }
        if (Character.isDigit(rest.charAt(0)) || rest.contains("@") || rest.contains("<")) {
            return true;
        }
        for (String lead : Vocabulary.ATTRIBUTION_LEADS) {
            if (rest.startsWith(lead)) {
                return true;
            }
        }
        return false;
    }

    static Kind attributionKind(String text) {
        String t = Texts.strip(text);
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == '-' || Texts.isSpace(t.charAt(end - 1)))) {
            end--;
        }
        if (end == 0 || (t.charAt(end - 1) != ':' && t.charAt(end - 1) != '：')) {
            return null;
        }
        String body = Texts.lower(Texts.stripTrailing(t.substring(0, end - 1)));
        boolean evidence = Texts.containsDigit(body) || body.contains("@");
        for (String verb : Vocabulary.WROTE_AT_END) {
            if (body.endsWith(verb) && boundaryBefore(body, body.length() - verb.length(), verb)) {
                return evidence ? Kind.ATTRIBUTION : Kind.WEAK_ATTRIBUTION;
            }
        }
        for (String verb : Vocabulary.WROTE_IN_MIDDLE) {
            int at = body.lastIndexOf(" " + verb + " ");
            if (at >= 0 && body.length() - at <= 120) {
                return evidence ? Kind.ATTRIBUTION : Kind.WEAK_ATTRIBUTION;
            }
        }
        // 26.06.2014, 14:41, "Alexander L" <abc@example.com>: (Yandex, Mail.ru, Gmail in some languages)
        if (body.contains("@") && Texts.containsDigit(body) && body.length() <= 250) {
            return Kind.WEAK_ATTRIBUTION;
        }
        return null;
    }

    /** Alphabetic verbs must stand alone ("rewrote:" is prose); Japanese and Chinese ones attach to a particle. */
    private static boolean boundaryBefore(String s, int at, String verb) {
        if (at == 0) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(verb.charAt(0));
        if (script != Character.UnicodeScript.LATIN
                && script != Character.UnicodeScript.CYRILLIC
                && script != Character.UnicodeScript.GREEK) {
            return true;
        }
        return !Character.isLetter(s.charAt(at - 1));
    }
}
