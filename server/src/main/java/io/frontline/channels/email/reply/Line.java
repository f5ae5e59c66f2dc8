package io.frontline.channels.email.reply;

import java.util.List;
import org.jsoup.nodes.Node;

/**
 * One line as the scanner sees it. For plain text, {@code text} is the line as written and {@code depth} counts its
 * leading {@code >} markers; for HTML, {@code text} is the rendered line, {@code depth} its blockquote nesting, and
 * {@code nodes} the DOM nodes it came from, so that the verdict can be carried back into the document.
 */
final class Line {

    static final int HINT_HARD = 1;
    static final int HINT_QUOTE = 2;
    static final int HINT_SIGNATURE = 4;
    static final int HINT_BORDER_TOP = 8;

    enum Role {
        REPLY,
        SIGNATURE,
        QUOTED
    }

    final String text;
    /** The text without quote markers and surrounding space: what the detectors look at. */
    final String content;

    final int depth;
    final boolean blank;
    final boolean rule;
    final int hints;
    final List<Node> nodes;
    Role role = Role.REPLY;

    Line(String text, String content, int depth, boolean media, boolean rule, int hints, List<Node> nodes) {
        this.text = text;
        this.content = content;
        this.depth = depth;
        this.rule = rule;
        this.blank = !media && !rule && Texts.isBlank(content);
        this.hints = hints;
        this.nodes = nodes;
    }

    static Line plain(String raw) {
        int i = 0;
        int n = raw.length();
        while (i < n && i < 4 && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
            i++;
        }
        int depth = 0;
        int contentStart = 0;
        while (i < n && raw.charAt(i) == '>') {
            depth++;
            i++;
            contentStart = i;
            if (i < n && raw.charAt(i) == ' ' && i + 1 < n && raw.charAt(i + 1) == '>') {
                i++;
            }
        }
        String content = Texts.strip(depth > 0 ? raw.substring(contentStart) : raw);
        return new Line(raw, content, depth, false, false, 0, List.of());
    }

    boolean has(int hint) {
        return (hints & hint) != 0;
    }
}
