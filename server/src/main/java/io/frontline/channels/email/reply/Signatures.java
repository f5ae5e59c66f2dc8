package io.frontline.channels.email.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds where the signature starts at the end of a reply. It only cuts where a signal says so: the {@code -- }
 * delimiter, a rule line above contact details, a closing ("Best regards,") above a name, a client's "Sent from my
 * iPhone", a "-Name" sign-off, the sender's own name or address, a name above contact lines, client markup, or a
 * signature learned from earlier messages. Every signal also requires the tail below it to be short, so a signal in
 * the middle of a long message cuts nothing.
 */
final class Signatures {

    private Signatures() {}

    /** No signature rule looks further up than this many non-blank lines from the end. */
    private static final int MAX_LOOKBACK = 60;

    private static final Set<String> NAME_PARTICLES = Set.of(
            "von", "van", "de", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "das", "y", "e", "bin", "al",
            "ten", "ter", "zu", "und", "and", "&");

    /** The index of the first signature line in {@code [from, to)}, or -1. */
    static int findStart(List<Line> lines, int from, int to, SenderHints hints) {
        int end = to;
        while (end > from && lines.get(end - 1).blank) {
            end--;
        }
        if (end <= from) {
            return -1;
        }
        int known = findKnown(lines, from, end, hints.knownSignature());
        if (known >= 0) {
            return known;
        }
        SenderMatcher sender = SenderMatcher.of(hints);
        boolean[] valid = new boolean[end - from];
        boolean[] senderParagraph = new boolean[end - from];
        int nonBlankAfter = 0;
        int maxLengthAfter = 0;
        int contactsAfter = 0;
        boolean questionAfter = false;
        int next = -1;
        int best = -1;
        for (int i = end - 1; i >= from && nonBlankAfter <= MAX_LOOKBACK; i--) {
            Line line = lines.get(i);
            if (line.blank) {
                continue;
            }
            if (line.depth > 0) {
                break;
            }
            String t = line.content;
            boolean shortTail = maxLengthAfter <= 120 && !questionAfter;
            boolean opensParagraph = i == from || lines.get(i - 1).blank || lines.get(i - 1).depth > 0;
            boolean ok = false;
            if (line.has(Line.HINT_SIGNATURE)) {
                ok = true;
            } else if (t.equals("--")) {
                ok = nonBlankAfter >= 1 && nonBlankAfter <= 40;
            } else if (Splitters.isRule(line)) {
                ok = opensParagraph
                        && nonBlankAfter >= 1
                        && nonBlankAfter <= 20
                        && shortTail
                        && (contactsAfter > 0 || (next >= 0 && nameLike(lines.get(next).content)));
            } else if (isDeviceSignature(t)) {
                ok = nonBlankAfter <= 2 && maxLengthAfter <= 80;
            } else if (isDashName(t)) {
                ok = nonBlankAfter <= 20 && shortTail;
            }
            Closing closing = closing(t);
            if (!ok && closing == Closing.WITH_NAME) {
                ok = nonBlankAfter <= 20 && shortTail;
            } else if (!ok && closing == Closing.ALONE && next >= 0 && !questionAfter) {
                // a closing above a name is a strong signal: the block below may end in a long legal notice
                boolean named = nameLike(lines.get(next).content) || senderParagraph[next - from];
                ok = (named && nonBlankAfter <= 30) || (valid[next - from] && nonBlankAfter <= 20 && shortTail);
            }
            if (!ok && sender != null && sender.matches(t)) {
                int start = paragraphStart(lines, from, i);
                senderParagraph[start - from] = true;
            }
            if (!ok && senderParagraph[i - from]) {
                ok = nonBlankAfter <= 15 && maxLengthAfter <= 120;
            }
            if (!ok
                    && opensParagraph
                    && closing == Closing.NONE
                    && nameLike(t)
                    && nonBlankAfter >= 1
                    && nonBlankAfter <= 8
                    && maxLengthAfter <= 80
                    && contactsAfter >= 2) {
                ok = true;
            }
            if (ok) {
                valid[i - from] = true;
                best = i;
            }
            nonBlankAfter++;
            maxLengthAfter = Math.max(maxLengthAfter, t.length());
            if (isContact(t)) {
                contactsAfter++;
            }
            questionAfter |= t.endsWith("?") || t.endsWith("？");
            next = i;
        }
        return best;
    }

    /** Moves up from a line naming the sender to the first line of its block ("John E. Doe, Ph.D." above the address). */
    private static int paragraphStart(List<Line> lines, int from, int i) {
        int start = i;
        while (start > from && i - start < 4) {
            Line above = lines.get(start - 1);
            if (above.blank || above.depth > 0 || above.content.length() > 60) {
                break;
            }
            start--;
        }
        return start;
    }

    /** A learned signature: its first lines, in order, ignoring blank lines and spacing. */
    static int findKnown(List<Line> lines, int from, int end, String signature) {
        if (signature == null || Texts.isBlank(signature)) {
            return -1;
        }
        List<String> wanted = new ArrayList<>();
        for (String line : Texts.lines(signature)) {
            if (!Texts.isBlank(line)) {
                wanted.add(Texts.collapse(line));
            }
        }
        int needed = Math.min(wanted.size(), 3);
        for (int i = from; i < end; i++) {
            if (!Texts.collapse(lines.get(i).content).equals(wanted.getFirst())) {
                continue;
            }
            int matched = 1;
            for (int j = i + 1; j < end && matched < needed; j++) {
                Line line = lines.get(j);
                if (line.blank) {
                    continue;
                }
                if (!Texts.collapse(line.content).equals(wanted.get(matched))) {
                    break;
                }
                matched++;
            }
            if (matched == needed) {
                return i;
            }
        }
        return -1;
    }

    enum Closing {
        NONE,
        ALONE,
        WITH_NAME
    }

    /** "Best regards," on its own, or "Cheers, Bob" with the name on the same line. */
    static Closing closing(String t) {
        if (t.length() > 60) {
            return Closing.NONE;
        }
        if (Vocabulary.CLOSINGS.contains(normalizeClosing(t))) {
            return Closing.ALONE;
        }
        int comma = t.indexOf(',');
        if (comma > 0
                && Vocabulary.CLOSINGS.contains(normalizeClosing(t.substring(0, comma)))
                && nameLike(t.substring(comma + 1))
                && Texts.countWords(t.substring(comma + 1)) <= 3) {
            return Closing.WITH_NAME;
        }
        return Closing.NONE;
    }

    private static String normalizeClosing(String t) {
        String s = Texts.lower(Texts.collapse(t));
        int end = s.length();
        while (end > 0 && ",.!;:。、…-".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return Texts.strip(s.substring(0, end));
    }

    /** "Sent from my iPhone", "Von meinem iPhone gesendet", "Enviado desde mi Samsung": short, no comma. */
    static boolean isDeviceSignature(String t) {
        String low = Texts.lower(Texts.collapse(t));
        if (low.length() > 80 || low.indexOf(',') >= 0 || low.indexOf('，') >= 0) {
            return false;
        }
        for (String prefix : Vocabulary.DEVICE_SIGNATURE_PREFIXES) {
            if (low.startsWith(prefix)) {
                if (prefix.equals("von meinem ")) {
                    return low.replaceAll("[.!]+$", "").endsWith("gesendet");
                }
                return Texts.countWords(low) <= 12;
            }
        }
        return false;
    }

    /** "-Abhishek Kona", "--Tim", "-- Tim": a dash sign-off (but not "- a bullet point"). */
    static boolean isDashName(String t) {
        if (t.length() < 2 || t.charAt(0) != '-') {
            return false;
        }
        int i = 1;
        if (t.charAt(1) == '-') {
            i = 2;
            if (i < t.length() && t.charAt(i) == ' ') {
                i++;
            }
        }
        if (i >= t.length() || !Character.isLetter(t.charAt(i))) {
            return false;
        }
        String name = t.substring(i);
        return nameLike(name) && Texts.countWords(name) <= 3;
    }

    /** One to five capitalised words without digits, as names are written ("John E. Doe, Ph.D.", "Günter Lässig"). */
    static boolean nameLike(String text) {
        String s = Texts.collapse(text);
        if (s.length() < 2 || s.length() > 50) {
            return false;
        }
        if (isCjkName(s)) {
            return true;
        }
        if (!isCapital(s.charAt(0))) {
            return false;
        }
        String[] tokens = s.split(" ");
        if (tokens.length > 5) {
            return false;
        }
        int commas = 0;
        for (int k = 0; k < tokens.length; k++) {
            String token = tokens[k];
            if (token.endsWith(",") && k < tokens.length - 1) {
                if (++commas > 1) {
                    return false;
                }
                token = token.substring(0, token.length() - 1);
            }
            if (token.isEmpty()) {
                return false;
            }
            if (NAME_PARTICLES.contains(token)) {
                continue;
            }
            if (!isCapital(token.charAt(0))) {
                return false;
            }
            for (int c = 1; c < token.length(); c++) {
                char ch = token.charAt(c);
                if (!Character.isLetter(ch) && ch != '.' && ch != '\'' && ch != '’' && ch != '-') {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isCapital(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    private static boolean isCjkName(String s) {
        if (s.length() > 12) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '　') {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script != Character.UnicodeScript.HAN
                    && script != Character.UnicodeScript.HIRAGANA
                    && script != Character.UnicodeScript.KATAKANA
                    && script != Character.UnicodeScript.HANGUL) {
                return false;
            }
            letters++;
        }
        return letters >= 2;
    }

    /** An address, a link or a phone number: what signatures are made of. */
    static boolean isContact(String t) {
        String low = Texts.lower(t);
        if (low.contains("http://") || low.contains("https://") || low.contains("www.") || low.startsWith("skype")) {
            return true;
        }
        int at = t.indexOf('@');
        if (at > 0 && t.indexOf('.', at) > at) {
            return true;
        }
        return t.length() <= 60 && Texts.countDigits(t) >= 7;
    }

    /** Recognises lines that carry the sender's name or address. */
    record SenderMatcher(List<String> nameTokens, String address) {

        static SenderMatcher of(SenderHints hints) {
            List<String> tokens = new ArrayList<>();
            if (hints.name() != null) {
                for (String token : Texts.lower(hints.name()).split("[\\s,;\"'()]+")) {
                    if (token.replace(".", "").length() >= 2) {
                        tokens.add(token);
                    }
                }
            }
            String address = hints.address() == null ? null : Texts.lower(Texts.strip(hints.address()));
            if (address != null && (address.isEmpty() || address.indexOf('@') < 0)) {
                address = null;
            }
            if (tokens.isEmpty() && address != null) {
                // bob.smith@… and bob_smith@… name their owner
                String[] parts = address.substring(0, address.indexOf('@')).split("[._]");
                if (parts.length >= 2) {
                    for (String part : parts) {
                        if (part.length() >= 2 && part.chars().allMatch(Character::isLetter)) {
                            tokens.add(part);
                        }
                    }
                    if (tokens.size() < 2) {
                        tokens.clear();
                    }
                }
            }
            return tokens.isEmpty() && address == null ? null : new SenderMatcher(List.copyOf(tokens), address);
        }

        boolean matches(String t) {
            if (t.length() > 80 || Texts.countWords(t) > 8) {
                return false;
            }
            String low = Texts.lower(Texts.collapse(t));
            if (address != null && low.contains(address)) {
                return true;
            }
            if (nameTokens.isEmpty()) {
                return false;
            }
            if (nameTokens.size() == 1) {
                return Texts.containsWord(low, nameTokens.getFirst()) && Texts.countWords(low) <= 3;
            }
            for (String token : nameTokens) {
                if (!Texts.containsWord(low, token)) {
                    return false;
                }
            }
            return true;
        }
    }
}
