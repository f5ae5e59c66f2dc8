package io.frontline.notifications;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.frontline.support.BrowserTest;
import tools.jackson.databind.JsonNode;

/** An agent turns their notification emails down on the notifications page. */
class NotificationSettingsBrowserIT extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @org.junit.jupiter.api.Test
    void anAgentKeepsOnlyEscalationsByEmail() {
        Agent agent = newAgent("Nora Notified", "agent");
        Page page = signIn(agent);
        page.navigate(url("/notifications"));

        assertThat(page.getByLabel("Email me my notifications")).isChecked();
        page.getByLabel("Rule", EXACT).uncheck();
        page.getByLabel("Reminder", EXACT).uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save email settings"))
                .click();

        assertThat(page.locator(".flash-area")).containsText("Email settings saved.");
        assertThat(page.getByLabel("Rule", EXACT)).not().isChecked();
        assertThat(page.getByLabel("Escalation", EXACT)).isChecked();
        JsonNode saved = admin.get("/api/v1/audit?entityType=notification_settings&entityId=" + agent.id())
                .json()
                .get("items")
                .get(0)
                .get("details");
        assertThat(saved.toString())
                .contains("escalation")
                .doesNotContain("rule")
                .doesNotContain("follow_up");
    }
}
