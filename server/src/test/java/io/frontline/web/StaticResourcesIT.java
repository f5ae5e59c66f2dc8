package io.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Style sheets, scripts and webjars: fixed prefixes, content-hashed links, and how long browsers may keep them. */
class StaticResourcesIT extends ApiTest {

    private static final Pattern HASHED_STYLESHEET = Pattern.compile("/css/frontline-[0-9a-f]{32}\\.css");

    @Test
    void linksStyleSheetsWithAContentHashThatBrowsersKeepForAYear() {
        Api.Response login = anonymous.get("/login");
        Matcher link = HASHED_STYLESHEET.matcher(login.raw().body());
        assertThat(link.find())
                .as("a hashed style sheet link in %s", login.raw().body())
                .isTrue();

        Api.Response stylesheet = anonymous.get(link.group());

        assertThat(stylesheet.status()).isEqualTo(200);
        assertThat(stylesheet.contentType()).startsWith("text/css");
        assertThat(stylesheet.header("Cache-Control"))
                .contains("max-age=31536000")
                .contains("immutable");
        assertThat(stylesheet.raw().body())
                .isEqualTo(anonymous.get("/css/frontline.css").raw().body());
    }

    @Test
    void linksWebjarsWithTheirVersionAndServesThemWithoutIt() {
        String page = admin.get("/views/mine").raw().body();

        assertThat(page).containsPattern("/webjars/htmx\\.org/[0-9][^/]*/dist/htmx\\.min\\.js");
        Api.Response htmx = anonymous.get("/webjars/htmx.org/dist/htmx.min.js");
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.header("Cache-Control")).contains("max-age=31536000");
    }

    @Test
    void keepsThePublishedAddressOfTheChatWidgetWithAShortCache() {
        Api.Response widget = anonymous.get("/chat/widget.js");

        assertThat(widget.status()).isEqualTo(200);
        assertThat(widget.contentType()).contains("javascript");
        assertThat(widget.header("Cache-Control")).contains("max-age=3600").doesNotContain("immutable");
    }

    @Test
    void leavesLinksThatAreNoAssetsAsTheyAre() {
        String page = admin.get("/views/mine").raw().body();

        assertThat(page).contains("href=\"/views/unassigned\"").contains("href=\"/customers\"");
    }

    @Test
    void servesNothingOfTheClassPathOutsideTheAssetFolders() {
        assertThat(admin.get("/application.yml").status()).isEqualTo(404);
        assertThat(admin.get("/static/css/frontline.css").status()).isEqualTo(404);
        assertThat(admin.get("/templates/web/layout.html").status()).isEqualTo(404);
    }
}
