package io.frontline.tickets.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.frontline.support.BrowserTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomViewBrowserIT extends BrowserTest {

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    @Test
    void agentSavesAViewOnCustomFieldsAndSeesOnlyTheMatchingTickets() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String plan = "plan_" + suffix;
        String seats = "seats_" + suffix;
        admin.post(
                "/api/v1/ticket-fields",
                Map.of("key", plan, "label", "Plan " + suffix, "type", "dropdown", "options", List.of("Basic", "Pro")));
        admin.post("/api/v1/ticket-fields", Map.of("key", seats, "label", "Seats " + suffix, "type", "number"));
        String tag = "fleet_" + suffix;
        String wanted = "Pro fleet with forty seats " + suffix;
        String basic = "Basic fleet with forty seats " + suffix;
        String small = "Pro fleet with three seats " + suffix;
        openTicket(Map.of("subject", wanted, "tags", List.of(tag), "customFields", Map.of(plan, "Pro", seats, 40)));
        openTicket(Map.of("subject", basic, "tags", List.of(tag), "customFields", Map.of(plan, "Basic", seats, 40)));
        openTicket(Map.of("subject", small, "tags", List.of(tag), "customFields", Map.of(plan, "Pro", seats, 3)));
        Page page = signIn(newAgent("Vera Views", "agent"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("+ New view"))
                .click();
        page.getByLabel("Name", exact()).fill("Large Pro fleets " + suffix);
        page.getByLabel("Tags", exact()).fill(tag);
        page.getByLabel("Plan " + suffix, exact()).selectOption("Pro");
        page.getByLabel("Seats " + suffix + " at least", exact()).fill("10");
        page.getByLabel("Updated in the last", exact()).fill("1");
        page.getByLabel("Unit of “Updated in the last”", exact()).selectOption("w");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save view"))
                .click();

        assertThat(page.locator("h1")).containsText("Large Pro fleets " + suffix);
        assertThat(page.locator("#rows")).containsText(wanted);
        assertThat(page.locator("#rows")).not().containsText(basic);
        assertThat(page.locator("#rows")).not().containsText(small);
        assertThat(page.locator("#nav a[aria-current=page] .count")).hasText("1");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit view"))
                .click();
        assertThat(page.getByLabel("Plan " + suffix, exact())).hasValue("Pro");
        assertThat(page.getByLabel("Seats " + suffix + " at least", exact())).hasValue("10");
        assertThat(page.getByLabel("Updated in the last", exact())).hasValue("1");
        assertThat(page.getByLabel("Unit of “Updated in the last”", exact())).hasValue("w");
    }

    @Test
    void agentIsToldWhichFilterCannotBeSaved() {
        Page page = signIn(newAgent("Wim Views", "agent"));
        page.navigate(url("/views/new"));

        page.getByLabel("Name", exact()).fill("Stale tickets");
        page.getByLabel("Not updated in the last", exact()).evaluate("input => input.removeAttribute('max')");
        page.getByLabel("Not updated in the last", exact()).fill("10000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save view"))
                .click();

        assertThat(page.locator(".flash-area")).containsText("from 1 to 9999");
        assertThat(page.getByLabel("Name", exact())).hasValue("Stale tickets");
    }
}
