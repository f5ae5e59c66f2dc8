package io.frontline.automation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.frontline.support.BrowserTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A lead keeps a business-hours calendar through its weekly grid. */
class BusinessHoursBrowserIT extends BrowserTest {

    @Test
    void aLeadWritesAWeekWithANightShiftAndHolidaysAndAssignsATeam() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String teamName = "Night desk " + suffix;
        long team = admin.post("/api/v1/teams", Map.of("name", teamName)).id();
        Page page = signIn(newAgent("Lena Lead", "lead"));
        page.navigate(url("/automation/business-hours"));

        String name = "Berlin office " + suffix;
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Time zone").selectOption("Europe/Berlin");
        page.getByLabel("Monday").fill("9-5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator(".flash-area")).containsText("monday: \"9-5\" is not like 09:00-17:00");
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
                .hasValue(name);

        page.getByLabel("Monday").fill("09:00-12:30, 13:30-17:00");
        page.getByLabel("Friday").fill("09:00-17:00, 22:00-06:00");
        page.getByLabel("Holidays").fill("2026-12-24 Christmas Eve\n12-25 Christmas Day");
        page.getByLabel(teamName).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page.locator(".flash-area")).containsText("Saved");
        assertThat(page.locator("table.data")).containsText(name);
        assertThat(page.locator("table.data")).containsText(teamName);
        assertThat(page.locator("table.data")).containsText(java.util.regex.Pattern.compile("(opens|closes) "));

        JsonNode saved = null;
        for (JsonNode c : admin.get("/api/v1/business-hours").json()) {
            if (c.get("name").asString().equals(name)) {
                saved = c;
            }
        }
        assertThat(saved).isNotNull();
        assertThat(saved.get("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(saved.get("teamIds").get(0).asLong()).isEqualTo(team);
        assertThat(saved.get("holidays").get(1).get("yearly").asBoolean()).isTrue();
        assertThat(saved.get("shifts").toString()).contains("\"day\":\"friday\",\"start\":\"22:00\",\"end\":\"06:00\"");

        page.locator("tr", new Page.LocatorOptions().setHasText(name))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Edit"))
                .click();
        assertThat(page.getByLabel("Friday")).hasValue("09:00-17:00, 22:00-06:00");
        assertThat(page.getByLabel("Holidays")).hasValue("2026-12-24 Christmas Eve\n12-25 Christmas Day");
        admin.delete("/api/v1/business-hours/" + saved.get("id").asLong());
    }
}
