package io.frontline.automation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.frontline.support.BrowserTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EscalationBrowserIT extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("../docs/screenshots");

    private Agent tom;
    private Agent lena;
    private long team;
    private long ticketId;

    @BeforeEach
    void aTicketOfATierOneAgentAndALeadInTheTeam() {
        team = admin.post(
                        "/api/v1/teams",
                        Map.of(
                                "name",
                                "Second line " + UUID.randomUUID().toString().substring(0, 4),
                                "kind",
                                "escalation"))
                .id();
        tom = newAgent("Tom Tierone", "agent");
        lena = newAgent("Lena Lead", "lead");
        admin.patch("/api/v1/agents/" + tom.id(), Map.of("teamIds", List.of(team), "tier", 1));
        admin.patch("/api/v1/agents/" + lena.id(), Map.of("teamIds", List.of(team), "tier", 3));
        ticketId = openTicket(Map.of(
                        "subject",
                        "Database replica lagging "
                                + UUID.randomUUID().toString().substring(0, 6),
                        "assigneeId",
                        tom.id(),
                        "teamId",
                        team,
                        "channel",
                        "email"))
                .id();
    }

    @Test
    void anAgentEscalatesWithAReasonAndTheLeadsBellCountsItWithoutReloading() {
        Page lead = signIn(lena);
        assertThat(lead.locator("[data-bell]")).isVisible();
        assertThat(lead.locator("body")).hasAttribute("data-live", "connected");
        assertThat(lead.locator("[data-bell] [data-unread-count]")).hasCount(0);

        Page page = signIn(tom);
        page.navigate(url("/tickets/" + ticketId));
        assertThat(page.locator("[data-ticket-tier]")).hasText("Tier 1");
        page.getByText("Escalate…").click();
        page.getByLabel("Reason").fill("Replica lag needs a DBA; customer is down.");
        page.locator("#escalate-team").selectOption(String.valueOf(team));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ticket-escalate.png")));
        page.locator("#escalate-dialog button[type=submit]").click();

        assertThat(page.locator(".flash-area")).containsText("Escalated to tier 2");
        assertThat(page.locator("[data-ticket-tier]")).hasText("Tier 2");
        assertThat(page.locator("#conversation")).containsText("Replica lag needs a DBA");

        assertThat(lead.locator("[data-bell] [data-unread-count]")).hasText("1");
        lead.locator("[data-bell]").click();
        lead.waitForURL("**/notifications");
        assertThat(lead.locator(".notification.is-unread")).containsText("Replica lag needs a DBA");
        lead.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("notifications.png")));
    }

    @Test
    void anAgentSetsAReminderAndSeesItOnTheTicketAndTheNotificationsPage() {
        Page page = signIn(tom);
        page.navigate(url("/tickets/" + ticketId));
        page.getByText("Remind me…").click();
        page.getByLabel("In 4 business hours").check();
        page.getByLabel("Note (optional)").fill("Check whether the replica caught up");
        page.locator("#remind-dialog button[type=submit]").click();

        assertThat(page.locator(".flash-area")).containsText("Reminder set");
        assertThat(page.locator("#ticket-extras")).containsText("Check whether the replica caught up");

        page.navigate(url("/notifications"));
        assertThat(page.locator("#main")).containsText("Check whether the replica caught up");
    }
}
