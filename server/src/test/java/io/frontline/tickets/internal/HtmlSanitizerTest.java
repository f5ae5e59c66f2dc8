package io.frontline.tickets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void removesScriptsHandlersAndDangerousSchemes() {
        String clean = sanitizer.sanitize("<p style=\"color:red\" onmouseover=\"x()\">Hi<script>evil()</script>"
                + "<img src=\"javascript:alert(1)\"><a href=\"vbscript:x\">a</a><iframe src=\"//x\"></iframe></p>");

        assertThat(clean).doesNotContain("script", "onmouseover", "javascript", "vbscript", "iframe");
        assertThat(clean).contains("Hi");
    }

    @Test
    void keepsFormattingLinksTablesAndInlineImages() {
        String clean = sanitizer.sanitize("<p><b>bold</b> <a href=\"https://example.com\">link</a></p>"
                + "<table><tr><td>cell</td></tr></table><img src=\"cid:logo@example\">");

        assertThat(clean)
                .contains(
                        "<b>bold</b>",
                        "href=\"https://example.com\"",
                        "rel=\"noopener noreferrer nofollow\"",
                        "<td>cell</td>")
                .contains("src=\"cid:logo&#64;example\"");
    }

    @Test
    void extractsReadableTextWithLineBreaks() {
        assertThat(sanitizer.text("<div>Hello<br>there</div><p>Second &amp; last</p>"))
                .isEqualTo("Hello\nthere\nSecond & last");
    }
}
