package io.frontline.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.frontline.support.BrowserTest;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AdminBrowserIT extends BrowserTest {

    @Test
    void anAdminCreatesAnAgentWhoCanSignIn() {
        Agent boss = newAgent("Ada Admin", "admin");
        Page page = signIn(boss);
        page.navigate(url("/admin/agents"));

        String email = email("new.agent");
        page.getByLabel("Name").fill("Nia New");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password (at least 10 characters)").fill("a-long-password-1");
        page.getByLabel("Role").selectOption("LEAD");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                .click();

        assertThat(page.locator(".flash-area")).containsText("Nia New was added.");
        assertThat(page.locator("table.data")).containsText(email);
        signIn(new Agent(0, "Nia New", email, "a-long-password-1"));
    }

    @Test
    void anAgentMayNotOpenTheAdminPages() {
        Page page = signIn(newAgent("Otto Agent", "agent"));

        page.navigate(url("/admin/agents"));

        assertThat(page.locator("h1")).hasText("You may not open this page");
    }

    @Test
    void anAgentIssuesATokenSeesItOnceAndRevokesIt() {
        Page page = signIn(newAgent("Tara Tokens", "agent"));
        page.navigate(url("/settings/tokens"));

        page.getByLabel("Name").fill("Reporting script");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token"))
                .click();

        String secret = page.locator("[data-token-secret]").textContent().strip();
        org.assertj.core.api.Assertions.assertThat(
                        anonymous.withToken(secret).get("/api/v1/agents/me").status())
                .isEqualTo(200);
        page.reload();
        assertThat(page.locator("[data-token-secret]")).hasCount(0);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke token Reporting script"))
                .click();
        assertThat(page.locator("table.data")).containsText("Revoked");
    }

    @Test
    void anAgentEditsACustomerAndSeesTheirTimeline() {
        long ticketId = openTicket(Map.of("subject", "Where is my parcel?")).id();
        long customerId = admin.get("/api/v1/tickets/" + ticketId)
                .json()
                .get("requester")
                .get("id")
                .asLong();
        Page page = signIn(newAgent("Cara Customers", "agent"));
        page.navigate(url("/customers/" + customerId));

        assertThat(page.locator(".timeline")).containsText("Where is my parcel?");
        page.getByLabel("Time zone").fill("Europe/Berlin");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();

        assertThat(page.locator(".flash-area")).containsText("Customer saved.");
        assertThat(page.getByLabel("Time zone")).hasValue(Pattern.compile("Europe/Berlin"));
    }
}
