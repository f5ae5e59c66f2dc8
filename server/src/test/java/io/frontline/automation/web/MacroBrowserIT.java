package io.frontline.automation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.frontline.support.BrowserTest;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MacroBrowserIT extends BrowserTest {

    @Test
    void agentPressesMFiltersPicksAMacroSeesTheChangesAndSendsTheReplyWithThem() {
        Agent maya = newAgent("Maya Macro", "agent");
        String stem = UUID.randomUUID().toString().substring(0, 6);
        admin.post(
                "/api/v1/macros",
                Map.of(
                        "title",
                        "Refund approved " + stem,
                        "scope",
                        "shared",
                        "body",
                        "Your refund is on its way.",
                        "actions",
                        List.of(Map.of("type", "set", "field", "status", "value", "solved"))));
        admin.post(
                "/api/v1/macros",
                Map.of(
                        "title",
                        "Ask for order number " + stem,
                        "description",
                        "When the customer did not say which order",
                        "scope",
                        "shared",
                        "body",
                        "Hi {{customer.first_name}}, could you send us your order number? {{agent.first_name}}",
                        "actions",
                        List.of(
                                Map.of("type", "set", "field", "priority", "value", "high"),
                                Map.of("type", "add_tags", "value", List.of("order-number")))));
        long ticket = openTicket(Map.of("subject", "Where is my parcel " + stem, "assigneeId", maya.id()))
                .id();
        Page page = signIn(maya);
        page.navigate(url("/tickets/" + ticket));

        page.keyboard().press("m");
        Locator picker = page.locator("#macro-picker");
        assertThat(picker).isVisible();
        assertThat(page.locator("#macro-filter")).isFocused();
        page.locator("#macro-filter").pressSequentially("order " + stem);
        assertThat(picker.locator("[role=option]:visible")).hasCount(1);
        assertThat(picker.locator("[role=option][aria-selected=true]")).containsText("Ask for order number " + stem);
        if (System.getProperty("frontline.screenshots") != null) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get(System.getProperty("frontline.screenshots"), "macros.png")));
        }
        page.keyboard().press("Enter");

        assertThat(picker).not().isVisible();
        assertThat(page.locator("#reply-body")).hasValue("Hi Casey, could you send us your order number? Maya");
        assertThat(page.locator("[data-macro-summary]")).containsText("Priority → High");
        assertThat(page.locator("[data-macro-summary]")).containsText("order-number");
        Response sent = page.waitForResponse(
                r -> r.url().endsWith("/send"),
                () -> page.locator("[data-composer-send]").click());

        assertEquals(200, sent.status(), sent::text);
        page.waitForURL("**/tickets/" + ticket);
        assertThat(page.locator("#conversation")).containsText("could you send us your order number? Maya");
        assertThat(page.locator(".ticket-head .prio")).hasText("High");
        assertThat(page.locator("[data-macro-summary]")).isHidden();
    }

    @Test
    void anAgentKeepsPersonalMacrosOnTheMacrosPageAndCannotMakeThemShared() {
        Agent priya = newAgent("Priya Macro", "agent");
        String title = "Invoice copy " + UUID.randomUUID().toString().substring(0, 6);
        Page page = signIn(priya);

        page.locator("header.topbar a[href='/automation/macros']").click();
        page.waitForURL("**/automation/macros");
        assertThat(page.locator("#m-scope option")).hasCount(1);
        page.locator("#m-title").fill(title);
        page.locator("#m-body").fill("Hi {{customer.first_name}}, a copy of your invoice is attached.");
        page.locator("#m-act").fill("[{\"type\": \"add_tags\", \"value\": [\"invoice\"]}]");
        page.locator("button[value=save]").click();

        page.waitForURL("**/automation/macros");
        assertThat(page.locator("table.data")).containsText(title);
        assertThat(page.locator("table.data")).containsText("Personal");

        page.locator("#m-title").fill("Broken " + title);
        page.locator("#m-body").fill("Dear {{customer.shoe_size}}");
        page.locator("button[value=save]").click();
        assertThat(page.locator(".alert.error")).containsText("customer.shoe_size");
        assertThat(page.locator("#m-title")).hasValue("Broken " + title);
    }

    @Test
    void escapeClosesThePickerWithoutTouchingTheComposer() {
        Agent lucia = newAgent("Lucia Macro", "agent");
        long ticket = openTicket(Map.of("assigneeId", lucia.id())).id();
        Page page = signIn(lucia);
        page.navigate(url("/tickets/" + ticket));

        page.locator("[data-macros-open]").click();
        assertThat(page.locator("#macro-picker")).isVisible();
        page.keyboard().press("Escape");

        assertThat(page.locator("#macro-picker")).not().isVisible();
        assertThat(page.locator("#reply-body")).hasValue("");
    }
}
