package io.frontline.channels.email.reply;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML body as the lines a reader would see, remembering which DOM nodes each line came from, and later
 * removes the nodes of the lines that turned out to be history or signature. Mail clients' quote markup (Gmail's
 * {@code gmail_quote}, Outlook's {@code divRplyFwdMsg} and {@code OLK_SRC_BODY_SECTION}, Thunderbird's
 * {@code moz-cite-prefix}, …) becomes hints on the first line it contains; blockquotes become quote depth. Traversal is
 * iterative, so deeply nested markup cannot overflow the stack.
 */
final class HtmlLines {

    private HtmlLines() {}

    private static final Set<String> SKIPPED = Set.of(
            "head",
            "style",
            "script",
            "template",
            "title",
            "noscript",
            "xml",
            "meta",
            "link",
            "object",
            "iframe",
            "button",
            "select",
            "textarea");

    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "caption",
            "center",
            "dd",
            "details",
            "dialog",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "html",
            "legend",
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "tfoot",
            "thead",
            "tr",
            "ul");

    private static final Set<String> MEDIA = Set.of("img", "video", "audio", "svg", "picture", "canvas");

    private static final Set<String> HARD_IDS = Set.of(
            "divrplyfwdmsg",
            "olk_src_body_section",
            "appendonsend",
            "mail-editor-reference-message-container",
            "zwchr");

    private static final Set<String> SIGNATURE_IDS = Set.of(
            "signature", "ms-outlook-mobile-signature", "ms-outlook-ios-signature", "ms-outlook-android-signature");

    static List<Line> render(Element root) {
        Renderer renderer = new Renderer();
        NodeTraversor.filter(renderer, root);
        renderer.endLine(false);
        return renderer.lines;
    }

    private static int hints(Element el) {
        int hints = 0;
        String id = el.id().toLowerCase(Locale.ROOT);
        while (id.startsWith("x_")) {
            id = id.substring(2);
        }
        if (HARD_IDS.contains(id)) {
            hints |= Line.HINT_HARD;
        }
        if (SIGNATURE_IDS.contains(id)) {
            hints |= Line.HINT_SIGNATURE;
        }
        for (String cls : el.classNames()) {
            String c = cls.toLowerCase(Locale.ROOT);
            while (c.startsWith("x_")) {
                c = c.substring(2);
            }
            switch (c) {
                case "gmail_quote", "gmail_quote_container", "gmail_attr", "moz-cite-prefix", "protonmail_quote" ->
                    hints |= Line.HINT_QUOTE;
                case "yahoo_quoted", "outlookmessageheader", "domino-section" -> hints |= Line.HINT_HARD;
                case "gmail_signature", "moz-signature", "protonmail_signature_block" -> hints |= Line.HINT_SIGNATURE;
                default -> {}
            }
        }
        if ("gmail_signature".equals(el.attr("data-smartmail"))) {
            hints |= Line.HINT_SIGNATURE;
        }
        String marker = el.attr("data-marker");
        if ("__QUOTED_TEXT__".equals(marker) || "__DIVIDER__".equals(marker)) {
            hints |= Line.HINT_HARD;
        }
        if (hints == 0 && (el.normalName().equals("div") || el.normalName().equals("p"))) {
            String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (style.contains("border-top:solid") || style.contains("border-top-style:solid")) {
                hints |= Line.HINT_BORDER_TOP;
            }
        }
        return hints;
    }

    private static boolean hidden(Element el) {
        String style = el.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("mso-hide:all");
    }

    private static final class Renderer implements NodeFilter {
        final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private List<Node> nodes = new ArrayList<>();
        private int depth;
        private int lineDepth = -1;
        private boolean media;
        private boolean visible;
        private boolean rule;
        private int pendingHints;
        private int lineHints;
        private int pre;

        @Override
        public FilterResult head(Node node, int d) {
            if (node instanceof TextNode textNode) {
                nodes.add(textNode);
                if (pre > 0) {
                    appendPre(textNode);
                } else {
                    appendCollapsed(textNode.getWholeText());
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            String tag = el.normalName();
            if (SKIPPED.contains(tag) || hidden(el)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            int hints = hints(el);
            if (hints != 0) {
                breakLine();
                pendingHints |= hints;
            }
            switch (tag) {
                case "br" -> {
                    nodes.add(el);
                    endLine(true);
                }
                case "hr" -> {
                    breakLine();
                    nodes.add(el);
                    rule = true;
                    startContent();
                    endLine(true);
                }
                case "td", "th" -> {
                    if (!Texts.isBlank(text) && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                }
                case "blockquote" -> {
                    breakLine();
                    depth++;
                }
                case "pre" -> {
                    breakLine();
                    pre++;
                }
                default -> {
                    if (MEDIA.contains(tag)) {
                        nodes.add(el);
                        media = true;
                        startContent();
                        return FilterResult.SKIP_CHILDREN;
                    }
                    if (BLOCKS.contains(tag)) {
                        breakLine();
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int d) {
            if (node instanceof Element el) {
                String tag = el.normalName();
                if (tag.equals("blockquote")) {
                    breakLine();
                    depth--;
                } else if (tag.equals("pre")) {
                    breakLine();
                    pre--;
                } else if (BLOCKS.contains(tag)) {
                    breakLine();
                }
                if ((pendingHints & ~Line.HINT_HARD) != 0 && hints(el) != 0) {
                    // only an empty marker for "history starts after me" may carry over to later content
                    pendingHints &= Line.HINT_HARD;
                }
            }
            return FilterResult.CONTINUE;
        }

        private void appendCollapsed(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Texts.isInvisible(c)) {
                    continue;
                }
                if (c == '\u00a0') {
                    text.append(' ');
                    visible = true;
                } else if (Texts.isSpace(c)) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                } else {
                    startContent();
                    text.append(c);
                }
            }
        }

        private void appendPre(TextNode node) {
            String s = node.getWholeText();
            int newline = s.indexOf('\n');
            if (newline >= 0 && newline < s.length() - 1) {
                // the rest becomes a sibling node that the traversal visits next, so every line keeps its own nodes
                node.splitText(newline + 1);
                s = node.getWholeText();
            }
            boolean endsLine = s.endsWith("\n");
            String part = endsLine ? s.substring(0, s.length() - 1) : s;
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == '\r' || Texts.isInvisible(c)) {
                    continue;
                }
                if (!Texts.isSpace(c)) {
                    startContent();
                }
                text.append(c == '\u00a0' || c == '\t' ? ' ' : c);
            }
            if (endsLine) {
                endLine(true);
            }
        }

        private void startContent() {
            visible = true;
            if (lineDepth < 0) {
                lineDepth = depth;
            }
            if (pendingHints != 0) {
                lineHints |= pendingHints;
                pendingHints = 0;
            }
        }

        /** Ends the current line if anything visible is on it. */
        private void breakLine() {
            if (visible || media || rule) {
                endLine(true);
            }
        }

        void endLine(boolean force) {
            if (!force && !visible && !media && !rule && nodes.isEmpty()) {
                return;
            }
            String line = Texts.stripTrailing(text.toString());
            int start = 0;
            while (start < line.length() && line.charAt(start) == ' ') {
                start++;
            }
            line = line.substring(start);
            String shown = rule ? "---" : line;
            lines.add(new Line(
                    shown,
                    Texts.strip(shown),
                    lineDepth >= 0 ? lineDepth : depth,
                    media,
                    rule,
                    lineHints,
                    nodes.isEmpty() ? List.of() : nodes));
            text.setLength(0);
            nodes = new ArrayList<>();
            lineDepth = -1;
            media = false;
            visible = false;
            rule = false;
            lineHints = 0;
        }
    }

    /**
     * Removes the nodes of every line that is not part of the reply, and every element left holding nothing visible
     * but such nodes. Elements that were empty to begin with (spacers in the reply) stay. Removal goes top-down and
     * rebuilds a parent's child list in one go when it loses many children, since jsoup removes one child in time
     * proportional to its siblings.
     */
    static void prune(Element root, List<Line> lines) {
        Set<Node> dropped = identitySet();
        for (Line line : lines) {
            if (line.role != Line.Role.REPLY) {
                dropped.addAll(line.nodes);
            }
        }
        Set<Node> remove = identitySet();
        Deque<boolean[]> frames = new ArrayDeque<>();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof Element el) {
                            frames.push(
                                    new boolean[] {MEDIA.contains(el.normalName()) && !dropped.contains(el), false});
                        } else if (!frames.isEmpty()) {
                            if (dropped.contains(node)) {
                                remove.add(node);
                                frames.peek()[1] = true;
                            } else if (node instanceof TextNode text && hasVisible(text)) {
                                frames.peek()[0] = true;
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (!(node instanceof Element el)) {
                            return;
                        }
                        boolean[] frame = frames.pop();
                        boolean kept = frame[0];
                        boolean lost = frame[1] || dropped.contains(el);
                        String tag = el.normalName();
                        boolean structural = tag.equals("html") || tag.equals("head") || tag.equals("body");
                        if (lost && !kept && !structural) {
                            remove.add(el);
                        }
                        if (!frames.isEmpty()) {
                            frames.peek()[0] |= kept;
                            frames.peek()[1] |= lost;
                        }
                    }
                },
                root);
        Map<Node, List<Node>> byParent = new IdentityHashMap<>();
        for (Node node : remove) {
            Node parent = node.parent();
            if (parent != null && !remove.contains(parent)) {
                byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(node);
            }
        }
        for (Map.Entry<Node, List<Node>> entry : byParent.entrySet()) {
            if (entry.getValue().size() <= 16 || !(entry.getKey() instanceof Element parent)) {
                entry.getValue().forEach(Node::remove);
                continue;
            }
            List<Node> keep = new ArrayList<>();
            for (Node child : parent.childNodes()) {
                if (!remove.contains(child)) {
                    keep.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(keep);
        }
    }

    private static Set<Node> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static boolean hasVisible(TextNode node) {
        String s = node.getWholeText();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00a0' || !Texts.isSpace(c)) {
                return true;
            }
        }
        return false;
    }
}
