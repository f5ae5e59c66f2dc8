package io.frontline.channels.email.mime;

import java.util.Iterator;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Readable plain text from an HTML body: paragraphs and headings become blank-line separated blocks, line breaks,
 * list items and table rows become lines, and whitespace is collapsed as a browser would.
 */
final class HtmlText {

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title", "noscript", "template");
    private static final Set<String> PARAGRAPHS =
            Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "pre", "dl", "hr");
    private static final Set<String> LINES = Set.of(
            "div",
            "li",
            "tr",
            "dt",
            "dd",
            "section",
            "article",
            "header",
            "footer",
            "address",
            "center",
            "form",
            "fieldset",
            "nav",
            "aside",
            "main",
            "figure",
            "figcaption",
            "caption",
            "tbody",
            "thead",
            "tfoot");

    private HtmlText() {}

    /** The text of an HTML document or fragment. */
    static String of(String html) {
        return of(html, () -> {});
    }

    /**
     * As {@link #of(String)}, calling {@code tick} now and then so that a caller can enforce a time budget. The HTML is
     * parsed as a stream because hostile markup (a million unclosed tags) makes building the tree slow, and only a
     * streaming parse lets {@code tick} run in between.
     */
    static String of(String html, Runnable tick) {
        if (html == null) {
            return null;
        }
        Document document;
        try (StreamParser parser = new StreamParser(Parser.htmlParser()).parse(html, "")) {
            Iterator<Element> elements = parser.iterator();
            for (int n = 1; elements.hasNext(); n++) {
                elements.next();
                if ((n & 255) == 0) {
                    tick.run();
                }
            }
            document = parser.document();
        }
        Writer writer = new Writer(tick);
        NodeTraversor.traverse(writer, document.body() != null ? document.body() : document);
        return writer.result();
    }

    private static final class Writer implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();
        private final Runnable tick;
        private int skipDepth;
        private int preDepth;
        private int visited;

        Writer(Runnable tick) {
            this.tick = tick;
        }

        @Override
        public void head(Node node, int depth) {
            if ((++visited & 1023) == 0) {
                tick.run();
            }
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    skipDepth++;
                } else if (skipDepth == 0) {
                    open(tag);
                }
            } else if (node instanceof TextNode text && skipDepth == 0) {
                appendText(text.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    skipDepth--;
                } else if (skipDepth == 0) {
                    close(tag);
                }
            }
        }

        private void open(String tag) {
            switch (tag) {
                case "br" -> out.append('\n');
                case "pre" -> {
                    paragraph();
                    preDepth++;
                }
                case "li" -> {
                    line();
                    out.append("- ");
                }
                case "td", "th" -> {
                    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                        out.append(' ');
                    }
                }
                default -> {
                    if (PARAGRAPHS.contains(tag)) {
                        paragraph();
                    } else if (LINES.contains(tag)) {
                        line();
                    }
                }
            }
        }

        private void close(String tag) {
            if (tag.equals("pre")) {
                preDepth--;
            }
            if (PARAGRAPHS.contains(tag)) {
                paragraph();
            } else if (LINES.contains(tag)) {
                line();
            }
        }

        private void appendText(String text) {
            if (preDepth > 0) {
                out.append(text.replace('\u00A0', ' '));
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    if (!out.isEmpty() && !isBlank(out.charAt(out.length() - 1))) {
                        out.append(' ');
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private static boolean isBlank(char c) {
            return c == ' ' || c == '\n';
        }

        private void line() {
            trimTrailingSpaces();
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        private void paragraph() {
            line();
            if (out.length() >= 1 && !(out.length() >= 2 && out.charAt(out.length() - 2) == '\n')) {
                out.append('\n');
            }
        }

        private void trimTrailingSpaces() {
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ') {
                end--;
            }
            out.setLength(end);
        }

        String result() {
            StringBuilder text = new StringBuilder(out.length());
            int blankRun = 0;
            for (String line : out.toString().split("\n", -1)) {
                String trimmed = line.stripTrailing();
                if (trimmed.isBlank()) {
                    if (++blankRun > 1 || text.isEmpty()) {
                        continue;
                    }
                } else {
                    blankRun = 0;
                }
                text.append(trimmed).append('\n');
            }
            return text.toString().strip();
        }
    }
}
