package io.frontline.automation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.frontline.support.BrowserTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The presence control every agent has in the top bar, and the routing page of leads. */
class RoutingBrowserIT extends BrowserTest {

    @Test
    void anAgentGoesOnlineFromTheTopBarAndALeadSeesItInTheLoadTable() {
        Agent agent = newAgent("Petra Presence", "agent");
        Page page = signIn(agent);
        Locator presence = page.getByLabel("Availability");
        assertThat(presence).hasValue("offline");

        presence.selectOption("online");

        await().atMost(Duration.ofSeconds(5))
                .until(() -> admin.get("/api/v1/presence/" + agent.id())
                        .json()
                        .get("presence")
                        .asString()
                        .equals("online"));
        page.reload();
        assertThat(page.getByLabel("Availability")).hasValue("online");

        Page lead = signIn(newAgent("Lena Lead", "lead"));
        lead.navigate(url("/automation/routing"));
        Locator row = lead.locator("tr", new Page.LocatorOptions().setHasText("Petra Presence"));
        assertThat(row).containsText("Online");
        assertThat(row).containsText("0 / 10");
    }

    @Test
    void aLeadTurnsOnRoundRobinForATeam() {
        String name = "Routed " + UUID.randomUUID().toString().substring(0, 8);
        long team = admin.post("/api/v1/teams", Map.of("name", name)).id();
        Page page = signIn(newAgent("Rita Routing", "lead"));
        page.navigate(url("/automation/routing"));

        page.getByLabel("Routing mode of " + name).selectOption("round_robin");
        page.getByLabel("Language rule of " + name).selectOption("require");
        page.locator("tr", new Page.LocatorOptions().setHasText(name))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page.locator(".flash-area")).containsText("Saved.");
        assertThat(page.getByLabel("Routing mode of " + name)).hasValue("round_robin");
        org.assertj.core.api.Assertions.assertThat(
                        admin.get("/api/v1/routing/teams/" + team).json().toString())
                .contains("\"mode\":\"round_robin\"", "\"languageRule\":\"require\"");
    }
}
