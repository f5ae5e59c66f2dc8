package io.frontline.tickets.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The views in the navigation come with the page; their badge counts come right after, in a fragment of their own. */
class NavigationCountsIT extends ApiTest {

    @Test
    void showsTheViewsWithThePageAndFetchesTheirCountsOnceItLoaded() {
        String page = admin.get("/views/open").raw().body();

        assertThat(page).contains("href=\"/views/mine\"").contains("hx-trigger=\"load, refresh\"");
        assertThat(page).doesNotContain("class=\"count\"");
    }

    @Test
    void countsEveryViewInTheNavigationFragment() {
        openTicket(Map.of());

        String nav = admin.withHeader("HX-Request", "true")
                .get("/views/nav?active=open")
                .raw()
                .body();

        assertThat(nav).contains("class=\"count\"").contains("hx-trigger=\"refresh\"");
        assertThat(nav).doesNotContain("load, refresh");
        assertThat(nav).containsPattern("href=\"/views/open\"[^>]*>\\s*<span>[^<]*</span>\\s*<span class=\"count\"");
    }
}
