package io.frontline.channels.email.reply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Learns a sender's signature from their earlier messages: the block of lines that at least two of them share at the
 * end of what they wrote (quoted history removed first, so that a quoted earlier message does not count). Pass the
 * result to {@link SenderHints#withKnownSignature} and {@link ReplyExtractor} strips it from new messages, however
 * long it is and whatever it contains. Messages are compared pairwise over their last lines only, so the cost is
 * bounded whatever their size. Immutable and thread-safe.
 */
public final class SignatureDetector {

    /** Only this many messages are compared; more add cost, not certainty. */
    public static final int MAX_MESSAGES = 10;

    /** Only this many lines from the end of each message are compared. */
    private static final int TAIL_LINES = 200;

    /**
     * The shared block must end within this many non-blank lines of the end: signatures sit at the bottom, but a line
     * added to one copy (a new phone number) splits them, and the upper part is the one to keep.
     */
    private static final int END_SLACK = 25;

    private static final int MIN_LINES = 2;

    private final ReplyExtractor extractor;

    public SignatureDetector() {
        this(new ReplyExtractor());
    }

    public SignatureDetector(ReplyExtractor extractor) {
        this.extractor = extractor;
    }

    /** The signature that earlier plain-text messages from one sender share, if there is one. */
    public Optional<String> findCommonSignature(List<String> plainTexts) {
        List<List<String>> messages = new ArrayList<>();
        for (String text : plainTexts.subList(0, Math.min(plainTexts.size(), MAX_MESSAGES))) {
            messages.add(Texts.lines(extractor.fromText(text).replyWithSignature()));
        }
        return common(messages);
    }

    /** The signature that earlier HTML messages from one sender share, compared as the text a reader sees. */
    public Optional<String> findCommonSignatureInHtml(List<String> htmls) {
        List<List<String>> messages = new ArrayList<>();
        for (String html : htmls.subList(0, Math.min(htmls.size(), MAX_MESSAGES))) {
            messages.add(Texts.lines(extractor.fromHtml(html).replyWithSignature()));
        }
        return common(messages);
    }

    /** The 1-based line of {@code text} where {@code signature} begins (its first non-blank line), or -1. */
    public int findSignatureLine(String signature, String text) {
        List<Line> lines = new ArrayList<>();
        for (String raw : Texts.lines(text)) {
            lines.add(Line.plain(raw));
        }
        int at = Signatures.findKnown(lines, 0, lines.size(), signature);
        return at < 0 ? -1 : at + 1;
    }

    /** Splits a plain-text message, stripping a signature learned from the sender's earlier messages. */
    public ExtractedReply strip(String plainText, String signature) {
        return extractor.fromText(plainText, SenderHints.NONE.withKnownSignature(signature));
    }

    private static Optional<String> common(List<List<String>> messages) {
        List<List<String>> keys = new ArrayList<>();
        for (List<String> message : messages) {
            keys.add(message.stream().map(Texts::collapse).toList());
        }
        Map<List<String>, String> candidates = new LinkedHashMap<>();
        for (int a = 0; a < messages.size(); a++) {
            for (int b = a + 1; b < messages.size(); b++) {
                int[] run = sharedTail(keys.get(a), keys.get(b));
                if (run != null) {
                    List<String> original = messages.get(a).subList(run[0], run[1]);
                    candidates.putIfAbsent(keys.get(a).subList(run[0], run[1]), joinStripped(original));
                }
            }
        }
        List<String> best = null;
        int bestSupport = 1;
        for (List<String> candidate : candidates.keySet()) {
            int support = 0;
            for (List<String> key : keys) {
                if (indexOf(key, candidate) >= 0) {
                    support++;
                }
            }
            if (support > bestSupport || (support == bestSupport && best != null && candidate.size() > best.size())) {
                best = candidate;
                bestSupport = support;
            }
        }
        return best == null ? Optional.empty() : Optional.of(candidates.get(best));
    }

    /**
     * The longest run of equal lines of both messages that ends near the end of each, has content above it in each
     * (a message identical to another is not a signature), and holds at least two non-blank lines; as {@code [start,
     * end)} in {@code a}, blank lines at either end dropped. A longest-common-substring pass over the last lines.
     */
    private static int[] sharedTail(List<String> a, List<String> b) {
        int aFrom = Math.max(0, a.size() - TAIL_LINES);
        int bFrom = Math.max(0, b.size() - TAIL_LINES);
        int aLimit = endLimit(a);
        int bLimit = endLimit(b);
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        int bestLength = 0;
        int bestEnd = -1;
        for (int i = aFrom; i < a.size(); i++) {
            for (int j = bFrom; j < b.size(); j++) {
                current[j + 1] = a.get(i).equals(b.get(j)) ? previous[j] + 1 : 0;
                int length = current[j + 1];
                if (length > bestLength && i >= aLimit && j >= bLimit) {
                    int aStart = i - length + 1;
                    int bStart = j - length + 1;
                    if (hasContent(a, 0, aStart) && hasContent(b, 0, bStart)) {
                        bestLength = length;
                        bestEnd = i + 1;
                    }
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        if (bestEnd < 0) {
            return null;
        }
        int start = bestEnd - bestLength;
        int end = bestEnd;
        while (start < end && a.get(start).isEmpty()) {
            start++;
        }
        while (end > start && a.get(end - 1).isEmpty()) {
            end--;
        }
        int nonBlank = 0;
        for (int k = start; k < end; k++) {
            if (!a.get(k).isEmpty()) {
                nonBlank++;
            }
        }
        return nonBlank >= MIN_LINES ? new int[] {start, end} : null;
    }

    /** The index a shared block must reach: the line {@link #END_SLACK} non-blank lines above the last. */
    private static int endLimit(List<String> lines) {
        int seen = 0;
        for (int k = lines.size() - 1; k >= 0; k--) {
            if (!lines.get(k).isEmpty() && ++seen > END_SLACK) {
                return k;
            }
        }
        return 0;
    }

    private static boolean hasContent(List<String> lines, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!lines.get(k).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<String> haystack, List<String> needle) {
        outer:
        for (int i = 0; i + needle.size() <= haystack.size(); i++) {
            for (int k = 0; k < needle.size(); k++) {
                if (!haystack.get(i + k).equals(needle.get(k))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String joinStripped(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(Texts.stripTrailing(line));
        }
        return String.join("\n", out);
    }
}
