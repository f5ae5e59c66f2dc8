package io.frontline.channels.email.reply;

import io.frontline.channels.email.reply.Line.Role;
import io.frontline.channels.email.reply.Splitters.Kind;
import io.frontline.channels.email.reply.Splitters.Splitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives every line a role. The message is cut into segments of new text and of quoted history (an attribution or
 * header block with what it introduces, or a run of {@code >} lines). One block of new text is the reply, wherever it
 * sits (top or bottom posting). Several blocks of new text between quotes are an inline answer: the reply then runs
 * from the top to the end of the last block, keeping the quotes it answers. A signature is looked for at the end of
 * the reply; a block that follows the history and is entirely a signature is the signature when the reply has none.
 */
final class ReplyScanner {

    private ReplyScanner() {}

    private record Segment(int start, int end, boolean quote) {}

    static void assignRoles(List<Line> lines, SenderHints hints) {
        int n = lines.size();
        List<Segment> segments = segment(lines);

        int trailingSignature = -1;
        Segment last = segments.isEmpty() ? null : segments.getLast();
        if (last != null && !last.quote() && segments.size() > 1) {
            int first = firstNonBlank(lines, last.start(), last.end());
            if (first >= 0 && Signatures.findStart(lines, last.start(), last.end(), hints) == first) {
                trailingSignature = segments.size() - 1;
            }
        }

        List<Segment> texts = new ArrayList<>();
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            if (!segment.quote()
                    && s != trailingSignature
                    && firstNonBlank(lines, segment.start(), segment.end()) >= 0) {
                texts.add(segment);
            }
        }
        if (texts.isEmpty()) {
            setRole(lines, 0, n, Role.REPLY);
            return;
        }

        Segment lastText = texts.getLast();
        int replyStart = texts.size() == 1 ? lastText.start() : 0;
        int replyEnd = lastText.end();
        setRole(lines, 0, n, Role.QUOTED);
        setRole(lines, replyStart, replyEnd, Role.REPLY);

        int signature = Signatures.findStart(lines, lastText.start(), replyEnd, hints);
        if (signature >= 0 && !hasContent(lines, replyStart, signature)) {
            // nothing but a signature above the history (a forward with "Sent from my iPhone"): keep it all
            setRole(lines, 0, n, Role.REPLY);
            return;
        }
        if (signature >= 0) {
            setRole(lines, signature, replyEnd, Role.SIGNATURE);
        } else if (trailingSignature >= 0) {
            Segment tail = segments.get(trailingSignature);
            setRole(lines, tail.start(), tail.end(), Role.SIGNATURE);
        }
        if (!hasContent(lines, replyStart, replyEnd)) {
            setRole(lines, 0, n, Role.REPLY);
            return;
        }
        giveGapsAway(lines);
    }

    /** Blank lines around the reply go with what they separate it from, so that the reply HTML ends with its text. */
    private static void giveGapsAway(List<Line> lines) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            if (line.role == Role.REPLY && !line.blank) {
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
        }
        for (int k = 0; k < first; k++) {
            if (lines.get(k).role == Role.REPLY) {
                lines.get(k).role = Role.QUOTED;
            }
        }
        Role after = Role.QUOTED;
        for (int k = lines.size() - 1; k > last; k--) {
            Line line = lines.get(k);
            if (line.role != Role.REPLY) {
                after = line.role;
            } else {
                line.role = after;
            }
        }
    }

    private static List<Segment> segment(List<Line> lines) {
        int n = lines.size();
        List<Segment> segments = new ArrayList<>();
        int textStart = 0;
        boolean seenText = false;
        int i = 0;
        while (i < n) {
            Line line = lines.get(i);
            if (line.depth > 0) {
                int end = quoteRunEnd(lines, i);
                addText(segments, textStart, i);
                segments.add(new Segment(i, end, true));
                i = end;
                textStart = end;
                continue;
            }
            if (line.blank) {
                i++;
                continue;
            }
            Splitter splitter = Splitters.at(lines, i);
            if (splitter != null) {
                int next = nextNonBlank(lines, i + splitter.length());
                boolean quoteFollows = next < n && lines.get(next).depth > 0;
                if (splitter.kind() != Kind.HARD && quoteFollows) {
                    int end = quoteRunEnd(lines, next);
                    addText(segments, textStart, i);
                    segments.add(new Segment(i, end, true));
                    i = end;
                    textStart = end;
                    continue;
                }
                // a header block or "Original Message" with nothing above is a forward or pasted headers, not history
                if (splitter.kind() != Kind.WEAK_ATTRIBUTION && seenText) {
                    int start = ruleAbove(lines, textStart, i);
                    addText(segments, textStart, start);
                    segments.add(new Segment(start, n, true));
                    return segments;
                }
                if (splitter.kind() != Kind.WEAK_ATTRIBUTION) {
                    i += splitter.length();
                    continue;
                }
            }
            seenText = true;
            i++;
        }
        addText(segments, textStart, n);
        return segments;
    }

    private static void addText(List<Segment> segments, int start, int end) {
        if (end > start) {
            segments.add(new Segment(start, end, false));
        }
    }

    /** A rule line ("-----", "_____", {@code <hr>}) just above a header block belongs to the history. */
    private static int ruleAbove(List<Line> lines, int floor, int i) {
        int k = i - 1;
        int blanks = 0;
        while (k >= floor && lines.get(k).blank && blanks < 2) {
            k--;
            blanks++;
        }
        if (k >= floor && lines.get(k).depth == 0 && Splitters.isRule(lines.get(k))) {
            return k;
        }
        return i;
    }

    /** The end of a run of quoted lines, blank lines inside it included, blank lines after it not. */
    private static int quoteRunEnd(List<Line> lines, int i) {
        int end = i + 1;
        for (int k = i + 1; k < lines.size(); k++) {
            Line line = lines.get(k);
            if (line.depth > 0) {
                end = k + 1;
            } else if (!line.blank) {
                break;
            }
        }
        return end;
    }

    private static int nextNonBlank(List<Line> lines, int i) {
        int k = i;
        while (k < lines.size() && lines.get(k).blank) {
            k++;
        }
        return k;
    }

    private static int firstNonBlank(List<Line> lines, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!lines.get(k).blank) {
                return k;
            }
        }
        return -1;
    }

    private static boolean hasContent(List<Line> lines, int start, int end) {
        for (int k = start; k < end; k++) {
            Line line = lines.get(k);
            if (!line.blank && line.role == Role.REPLY) {
                return true;
            }
        }
        return false;
    }

    private static void setRole(List<Line> lines, int start, int end, Role role) {
        for (int k = start; k < end; k++) {
            lines.get(k).role = role;
        }
    }
}
