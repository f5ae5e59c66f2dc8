package io.frontline.tickets.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.frontline.support.BrowserTest;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkspaceBrowserIT extends BrowserTest {

    /** A 1×1 PNG, enough for an image preview. */
    private static final byte[] PIXEL = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private Agent maya;
    private Agent jonas;
    private long ticketId;
    private String subject;

    @BeforeEach
    void aTicketAssignedToMaya() {
        maya = newAgent("Maya Browser", "agent");
        jonas = newAgent("Jonas Browser", "agent");
        subject = "Router keeps rebooting " + UUID.randomUUID().toString().substring(0, 6);
        ticketId = openTicket(Map.of("subject", subject, "assigneeId", maya.id(), "channel", "email"))
                .id();
    }

    @Test
    void agentSignsInAndSeesTheirOpenTicketsWithACount() {
        Page page = signIn(maya);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("My tickets");
        assertThat(page.locator("#rows")).containsText(subject);
        assertThat(page.locator("#nav a[aria-current=page] .count")).hasText("1");
    }

    @Test
    void searchSuggestsTicketsAsYouTypeAndOpensTheChosenOne() {
        Page page = signIn(maya);
        String word = subject.substring(subject.lastIndexOf(' ') + 1);

        page.locator("#q").pressSequentially(word);
        Locator suggestion = page.locator("#search-suggestions a", new Page.LocatorOptions().setHasText(subject));
        assertThat(suggestion).isVisible();
        assertThat(page.locator("#q")).hasAttribute("aria-expanded", "true");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");

        page.waitForURL("**/tickets/" + ticketId);
        assertThat(page.locator("h1")).hasText(subject);
    }

    @Test
    void searchPageShowsHighlightedResultsInsideTheWorkspace() {
        Page page = signIn(maya);
        String word = subject.substring(subject.lastIndexOf(' ') + 1);

        page.locator("#q").fill(word);
        page.locator("#q").press("Enter");

        page.waitForURL("**/search?q=" + word);
        assertThat(page.locator("main")).containsText(subject);
        assertThat(page.locator("main mark").first()).hasText(word);
        assertThat(page.locator("header.topbar")).isVisible();
    }

    @Test
    void agentOpensATicketFromTheViewWithTheKeyboard() {
        Page page = signIn(maya);

        page.keyboard().press("j");
        page.keyboard().press("Enter");

        page.waitForURL("**/tickets/" + ticketId);
        assertThat(page.locator("h1")).hasText(subject);
        assertThat(page.locator("#conversation")).containsText("Smoke is coming out of the printer.");
    }

    @Test
    void agentSavesACustomViewThatAppearsInTheNavigationWithItsCount() {
        String tag = "vip_" + UUID.randomUUID().toString().substring(0, 6);
        admin.patch("/api/v1/tickets/" + ticketId, Map.of("tags", java.util.List.of(tag)));
        Page page = signIn(maya);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("+ New view"))
                .click();

        page.getByLabel("Name").fill("Tagged " + tag);
        page.getByLabel("Tag").fill(tag);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save view"))
                .click();

        assertThat(page.locator("h1")).containsText("Tagged " + tag);
        assertThat(page.locator("#rows")).containsText(subject);
        assertThat(page.locator("#nav a[aria-current=page]")).containsText("Tagged " + tag);
        assertThat(page.locator("#nav a[aria-current=page] .count")).hasText("1");
    }

    @Test
    void bulkAssignMovesTheSelectedTicketsToAnotherAgent() {
        long second = openTicket(Map.of("assigneeId", maya.id())).id();
        Page page = signIn(maya);

        page.getByLabel("Select ticket " + ticketId, new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("Select ticket " + second, new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true)).selectOption("assign");
        page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(jonas.id()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply"))
                .click();

        assertThat(page.locator(".flash-area")).containsText("2 tickets updated.");
        assertThat(page.locator("#rows")).not().containsText(subject);
        org.assertj.core.api.Assertions.assertThat(admin.get("/api/v1/tickets/" + second)
                        .json()
                        .get("assigneeId")
                        .asLong())
                .isEqualTo(jonas.id());
    }

    @Test
    void agentRepliesWithAnImageAndAddsANoteThatLooksDifferent() {
        Page page = signIn(maya);
        page.navigate(url("/tickets/" + ticketId));

        page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).fill("Please unplug it for a minute.");
        page.locator("input[type=file]").setInputFiles(new FilePayload("router.png", "image/png", PIXEL));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send"))
                .click();

        Locator reply = page.locator("article.msg-agent").last();
        assertThat(reply).containsText("Please unplug it for a minute.");
        assertThat(reply.locator("img[alt='router.png']")).isVisible();
        page.waitForLoadState();

        page.keyboard().press("n");
        page.keyboard().type("Customer sounds upset; offer a replacement.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send"))
                .click();

        Locator note = page.locator("article.msg-note").last();
        assertThat(note).containsText("offer a replacement");
        assertThat(note).containsText("Internal note");
    }

    @Test
    void agentChangesStatusAndAssignee() {
        Page page = signIn(maya);
        page.navigate(url("/tickets/" + ticketId));

        page.getByLabel("Status").selectOption("PENDING");
        page.getByLabel("Assignee").selectOption(String.valueOf(jonas.id()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();

        assertThat(page.locator(".flash-area")).containsText("Saved.");
        assertThat(page.locator(".eyebrow .badge")).hasText("Pending");
        assertThat(page.getByLabel("Assignee")).hasValue(String.valueOf(jonas.id()));
        org.assertj.core.api.Assertions.assertThat(admin.get("/api/v1/tickets/" + ticketId)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("pending");
    }

    @Test
    void secondAgentSeesReplyNoteAndChangesWithoutReload() {
        Page mayaPage = signIn(maya);
        Page jonasPage = signIn(jonas);
        jonasPage.navigate(url("/tickets/" + ticketId));
        assertThat(jonasPage.locator("body")).hasAttribute("data-live", "connected");
        mayaPage.navigate(url("/tickets/" + ticketId));
        assertThat(jonasPage.locator("#presence")).containsText("Maya Browser is viewing");

        mayaPage.getByLabel("Message", new Page.GetByLabelOptions().setExact(true))
                .fill("We are sending a new router today.");
        mayaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send"))
                .click();
        assertThat(jonasPage.locator("#conversation")).containsText("We are sending a new router today.");

        mayaPage.getByLabel("Status").selectOption("ON_HOLD");
        mayaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        assertThat(jonasPage.getByLabel("Status")).hasValue("ON_HOLD");
        assertThat(jonasPage.locator("body")).hasAttribute("data-live-ticket-events", Pattern.compile("[1-9]\\d*"));
    }

    @Test
    void listOfASecondAgentUpdatesWhenATicketArrives() {
        Page jonasPage = signIn(jonas);
        jonasPage.navigate(url("/views/open"));
        assertThat(jonasPage.locator("body")).hasAttribute("data-live", "connected");

        String arriving = "Invoice missing " + UUID.randomUUID().toString().substring(0, 6);
        openTicket(Map.of("subject", arriving));

        assertThat(jonasPage.locator("#rows")).containsText(arriving);
    }

    @Test
    void editingAnOutdatedTicketExplainsThatSomeoneElseChangedIt() {
        Page page = signIn(maya);
        page.navigate(url("/tickets/" + ticketId));
        page.getByLabel("Priority").selectOption("URGENT");
        admin.patch("/api/v1/tickets/" + ticketId, Map.of("priority", "low"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();

        assertThat(page.locator(".alert.error")).containsText("Someone else changed this ticket");
        assertThat(page.getByLabel("Priority")).hasValue("LOW");
    }

    @Test
    void longConversationsShowTheLatestMessagesAndLoadEarlierOnes() {
        for (int i = 1; i <= TicketPages.CONVERSATION_PAGE; i++) {
            admin.post("/api/v1/tickets/" + ticketId + "/messages", Map.of("body", "Update number " + i));
        }
        Page page = signIn(maya);
        page.navigate(url("/tickets/" + ticketId));

        assertThat(page.locator("#conversation article.msg")).hasCount(TicketPages.CONVERSATION_PAGE);
        assertThat(page.locator("#conversation")).not().containsText("Smoke is coming out");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Load earlier messages"))
                .click();

        assertThat(page.locator("#conversation article.msg")).hasCount(TicketPages.CONVERSATION_PAGE + 1);
        assertThat(page.locator("#conversation article.msg").first()).containsText("Smoke is coming out");
    }

    @Test
    void agentTakesAndSolvesATicketWithShortcuts() {
        long unassigned =
                openTicket(Map.of("subject", "Password reset link expired")).id();
        Page page = signIn(maya);
        page.navigate(url("/tickets/" + unassigned));

        page.keyboard().press("a");
        assertThat(page.getByLabel("Assignee")).hasValue(String.valueOf(maya.id()));
        page.waitForLoadState();
        page.keyboard().press("s");

        assertThat(page.locator(".eyebrow .badge")).hasText("Solved");
    }

    @Test
    void shortcutsDoNotFireWhileTyping() {
        Page page = signIn(maya);
        page.navigate(url("/tickets/" + ticketId));

        page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).fill("");
        page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).pressSequentially("sans?");

        assertThat(page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("sans?");
        assertThat(page.locator("#shortcuts")).not().isVisible();
        assertThat(page.locator(".eyebrow .badge")).not().hasText("Solved");
    }
}
