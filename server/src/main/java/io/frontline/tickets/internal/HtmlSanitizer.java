package io.frontline.tickets.internal;

import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Makes message HTML safe to show to agents: formatting, blocks, links, tables and images survive; scripts, event
 * handlers, forms, styles that escape their box and foreign schemes do not. Links open in a new tab without an opener.
 */
@Component
public class HtmlSanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowCommonInlineFormattingElements()
            .allowCommonBlockElements()
            .allowElements(
                    "a",
                    "img",
                    "table",
                    "thead",
                    "tbody",
                    "tfoot",
                    "tr",
                    "td",
                    "th",
                    "caption",
                    "colgroup",
                    "col",
                    "hr",
                    "pre",
                    "code",
                    "span",
                    "div",
                    "br",
                    "font",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "dl",
                    "dt",
                    "dd")
            .allowStyling()
            .allowStandardUrlProtocols()
            .allowUrlProtocols("cid")
            .allowAttributes("href", "title")
            .onElements("a")
            .allowAttributes("src", "alt", "title", "width", "height")
            .onElements("img")
            .allowAttributes("colspan", "rowspan", "align", "valign")
            .onElements("td", "th")
            .allowAttributes("align")
            .onElements("p", "div", "table")
            .allowAttributes("color", "face", "size")
            .onElements("font")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .toFactory();

    public String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }

    /** The readable text of an HTML body, for previews, search and plain-text fallbacks. */
    public String text(String html) {
        if (html == null) {
            return null;
        }
        Document document = Jsoup.parse(html);
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode t) {
                            text.append(t.text());
                        } else if (node instanceof Element e && e.nameIs("br")) {
                            text.append('\n');
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e && e.isBlock() && !e.nameIs("body")) {
                            text.append('\n');
                        }
                    }
                },
                document.body());
        return text.toString()
                .lines()
                .map(String::strip)
                .collect(Collectors.joining("\n"))
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }
}
