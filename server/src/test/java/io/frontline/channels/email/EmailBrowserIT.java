package io.frontline.channels.email;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.frontline.support.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The email channel in the browser: mailbox settings, the quarantine, and how an email shows on its ticket. */
class EmailBrowserIT extends BrowserTest {

    @Test
    void anAdminAddsAMailboxWithoutEverSeeingThePasswordAgain() {
        Page page = signIn(newAgent("Mia Mailboxes", "admin"));
        page.navigate(url("/admin/mailboxes"));
        String address = "help-" + UUID.randomUUID().toString().substring(0, 6) + "@frontline.test";

        page.getByLabel("Address").fill(address);
        page.getByLabel("Display name").fill("Help Desk");
        page.getByLabel("Active").uncheck();
        page.locator("#mb-imap-host").fill("imap.example.com");
        page.locator("#mb-imap-user").fill(address);
        page.locator("#mb-imap-pass").fill("imap-secret-123");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Create").setExact(true))
                .click();

        assertThat(page.locator("table.data")).containsText(address);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit " + address))
                .click();
        assertThat(page.locator("#mb-imap-pass")).hasValue("");
        assertThat(page.locator("#mb-imap-pass")).hasAttribute("placeholder", "stored; leave empty to keep it");
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("imap-secret-123");
    }

    @Test
    void anAgentSeesWhyAnEmailJoinedItsTicketAndCanOpenTheRawOriginal() {
        String from = email("rita");
        String firstId = UUID.randomUUID() + "@client.example";
        long ticketId = admin.postRaw(
                        "/api/v1/channels/email/inbound",
                        "message/rfc822",
                        EmailIntakeApiIT.mail(
                                        from, "Wrong size", "The shoes are too small.", "Message-ID: <" + firstId + ">")
                                .getBytes(StandardCharsets.UTF_8))
                .json()
                .get("ticketId")
                .asLong();
        admin.postRaw(
                "/api/v1/channels/email/inbound",
                "message/rfc822",
                EmailIntakeApiIT.mail(from, "Re: Wrong size", "Size 42 please.", "In-Reply-To: <" + firstId + ">")
                        .getBytes(StandardCharsets.UTF_8));

        Page page = signIn(newAgent("Eli Email", "agent"));
        page.navigate(url("/tickets/" + ticketId));

        assertThat(page.locator(".msg-notes").last()).containsText("joined because In-Reply-To matched");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Raw original"))
                        .first())
                .isVisible();
    }

    @Test
    void anAdminFindsAQuarantinedMessageAndCanReprocessIt() {
        admin.postRaw(
                "/api/v1/channels/email/inbound",
                "message/rfc822",
                "no headers here, just noise".getBytes(StandardCharsets.UTF_8));
        Page page = signIn(newAgent("Quinn Quarantine", "admin"));
        page.navigate(url("/admin/mail?state=quarantined"));

        assertThat(page.locator("table.data")).containsText("quarantined");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reprocess"))
                .first()
                .click();
        assertThat(page.locator(".flash-area")).containsText("reprocessed");
    }
}
