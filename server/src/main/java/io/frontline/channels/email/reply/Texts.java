package io.frontline.channels.email.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small string helpers that treat the invisible characters mail clients sprinkle around (nbsp, LRM, ZWSP) as space. */
final class Texts {

    private Texts() {}

    static boolean isSpace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\r'
                || c == '\f'
                || c == '\u000b'
                || c == '\u00a0'
                || c == '\u2007'
                || c == '\u202f'
                || c == '\u3000'
                || isInvisible(c)
                || Character.isWhitespace(c);
    }

    /** Characters that take no room at all; HTML-to-text drops them. */
    static boolean isInvisible(char c) {
        return c == '\u200b'
                || c == '\u200c'
                || c == '\u200d'
                || c == '\u200e'
                || c == '\u200f'
                || c == '\u2060'
                || c == '\ufeff'
                || c == '\u00ad';
    }

    static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Stripped, runs of space collapsed to one plain space. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Splits on LF, CRLF and lone CR, keeping empty lines (a trailing line break yields no extra line). */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    static int countDigits(String s) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                digits++;
            }
        }
        return digits;
    }

    static boolean containsDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static int countWords(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = isSpace(s.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** Whether {@code needle} occurs in {@code haystack} with no letter or digit touching it on either side. */
    static boolean containsWord(String haystack, String needle) {
        if (needle.isEmpty()) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return false;
            }
            int end = at + needle.length();
            boolean left = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
            boolean right = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (left && right) {
                return true;
            }
            from = at + 1;
        }
    }

    /** Cuts at most {@code max} chars without splitting a surrogate pair. */
    static int safeCut(String s, int max) {
        if (s.length() <= max) {
            return s.length();
        }
        int cut = max;
        if (cut > 0 && Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }
}
