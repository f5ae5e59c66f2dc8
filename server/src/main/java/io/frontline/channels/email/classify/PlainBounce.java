package io.frontline.channels.email.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the failed recipients out of a bounce written for people rather than machines, as Exim, qmail, Gmail, old
 * Postfix and Sendmail send them: the report names each recipient on a line of its own (bare, in angle brackets, or
 * followed by a colon), and the lines after it explain what went wrong.
 */
final class PlainBounce {

    /** Where the copy of the returned message starts; the report is what comes before. */
    private static final Pattern COPY =
            Pattern.compile("(?im)^[ \\t]*(?:-{2,}.*(?:below this line|copy of the|original message|returned message"
                    + "|undelivered message|message follows|header of the original|original mail)"
                    + "|original message headers:|-+ ?original message ?-+)");

    private static final Pattern BRACKETED = Pattern.compile("^<([^<>\\s]+@[^<>\\s]+)>:?\\s*(.*)$");
    private static final Pattern BARE = Pattern.compile("^([^<>\\s():,;\"\\[\\]]+@[^<>\\s():,;\"\\[\\]]+?)[:.]?$");
    private static final Pattern WITH_TEXT =
            Pattern.compile("^([^<>\\s():,;\"\\[\\]]+@[^<>\\s():,;\"\\[\\]]+):\\s+(.+)$");
    private static final Pattern LIST_INTRO = Pattern.compile(
            "(?i)(address(\\(es\\)|es)? failed|(has|have) not yet been delivered (to|is)|delivered is):\\s*$");
    private static final Pattern LEADING =
            Pattern.compile("^([^<>\\s():,;\"\\[\\]]+@[^<>\\s():,;\"\\[\\]]+)\\s[^:]{1,80}:\\s+(.+)$");
    private static final Pattern SENT_BY = Pattern.compile("(?i)(sent by|sent from|message from)\\s*:?\\s*$");
    private static final Pattern RCPT_TO = Pattern.compile("(?i)rcpt to:\\s*<([^<>\\s]+@[^<>\\s]+)>");

    /** Matched against lower-cased text. */
    static final Pattern DELAYED = Pattern.compile(
            "has not yet been delivered|has been delayed|delayed mail|still being retried|will be retried"
                    + "|warning message only|delivery attempts will continue|\\(delay\\)|message delayed"
                    + "|delivery delayed|delayed \\d+ hours");

    /** A recipient line and the explanation that follows it. */
    record Found(String address, String diagnostic) {}

    private PlainBounce() {}

    /** The report part of a bounce text, without the copy of the returned message. */
    static String report(String text) {
        if (text == null) {
            return "";
        }
        Matcher copy = COPY.matcher(text);
        return copy.find() && copy.start() > 0 ? text.substring(0, copy.start()) : text;
    }

    /** The recipients a report names, in order, without {@code exclude} (the bounce's own sender). */
    static List<Found> recipients(String report, Set<String> exclude) {
        String[] lines = report.split("\n", -1);
        List<Integer> starts = new ArrayList<>();
        List<String[]> found = new ArrayList<>();
        boolean listIntro = false;
        String previous = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] recipient = SENT_BY.matcher(previous).find() ? null : recipientLine(line, exclude);
            previous = line;
            if (recipient != null && seen(found, recipient[0])) {
                // the address again, inside an explanation that wraps it onto a line of its own
                recipient = null;
            }
            if (recipient == null && listIntro && Character.isWhitespace(lines[i].charAt(0)) && !line.contains(" ")) {
                // Exim lists a local delivery failure under its bare local part
                recipient = new String[] {line.replaceAll(":$", ""), ""};
            }
            listIntro = recipient == null && LIST_INTRO.matcher(line).find();
            if (recipient != null) {
                starts.add(i);
                found.add(recipient);
            }
        }
        Map<String, Found> byAddress = new LinkedHashMap<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.length;
            StringBuilder diagnostic = new StringBuilder(found.get(k)[1]);
            for (int i = starts.get(k) + 1; i < end; i++) {
                diagnostic.append(' ').append(lines[i].strip());
            }
            String address = found.get(k)[0];
            byAddress.putIfAbsent(
                    address.toLowerCase(Locale.ROOT),
                    new Found(
                            address,
                            diagnostic.toString().replaceAll("\\s+", " ").strip()));
        }
        if (byAddress.isEmpty()) {
            Matcher rcpt = RCPT_TO.matcher(report);
            while (rcpt.find()) {
                String address = rcpt.group(1);
                if (!exclude.contains(address.toLowerCase(Locale.ROOT))) {
                    byAddress.putIfAbsent(
                            address.toLowerCase(Locale.ROOT),
                            new Found(address, report.replaceAll("\\s+", " ").strip()));
                }
            }
        }
        return List.copyOf(byAddress.values());
    }

    private static boolean seen(List<String[]> found, String address) {
        return found.stream().anyMatch(f -> f[0].equalsIgnoreCase(address));
    }

    private static String[] recipientLine(String line, Set<String> exclude) {
        for (Pattern pattern : List.of(BRACKETED, WITH_TEXT, BARE, LEADING)) {
            Matcher m = pattern.matcher(line);
            if (m.matches() && !exclude.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return new String[] {m.group(1), m.groupCount() > 1 ? m.group(2) : ""};
            }
        }
        return null;
    }
}
