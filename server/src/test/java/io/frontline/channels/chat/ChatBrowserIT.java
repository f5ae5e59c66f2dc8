package io.frontline.channels.chat;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import io.frontline.channels.chat.internal.ChatSockets;
import io.frontline.support.Api;
import io.frontline.support.BrowserTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Two pages, two origins: a visitor on a shop's page (served here on 127.0.0.1, another origin than Frontline's
 * localhost) that carries the one-line snippet, and an agent in the workspace's chat console.
 */
class ChatBrowserIT extends BrowserTest {

    @Autowired
    ChatSockets sockets;

    private HttpServer shop;
    private String shopOrigin;

    @BeforeEach
    void openShop() throws IOException {
        shop = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        shop.start();
        shopOrigin = "http://127.0.0.1:" + shop.getAddress().getPort();
    }

    private final java.util.List<BrowserContext> visitors = new java.util.ArrayList<>();

    @AfterEach
    void closeShop() {
        visitors.forEach(BrowserContext::close);
        shop.stop(0);
    }

    /** The shop's page: its own content and the snippet an admin copied from the chat settings. */
    private String shopPage(String widgetKey) {
        String path = "/shop-" + UUID.randomUUID();
        String html = "<!doctype html><html lang=en><head><title>Shoe shop</title></head><body>"
                + "<h1>Shoe shop</h1><p>Our finest shoes.</p>"
                + "<script src=\"" + url("/chat/widget.js") + "\" data-widget=\"" + widgetKey
                + "\" async></script></body></html>";
        shop.createContext(path, exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        return shopOrigin + path;
    }

    private long team() {
        return admin.post("/api/v1/teams", Map.of("name", "Chat team " + UUID.randomUUID()))
                .id();
    }

    private Agent agentIn(long team, String name) {
        String email = email(name.toLowerCase().replace(' ', '.'));
        String password = "password-" + UUID.randomUUID();
        Api.Response created = admin.post(
                "/api/v1/agents",
                Map.of("name", name, "email", email, "password", password, "role", "agent", "teamIds", List.of(team)));
        return new Agent(created.id(), name, email, password);
    }

    private String widget(long team) {
        return admin.post(
                        "/api/v1/chat/widgets",
                        Map.of(
                                "name",
                                "Shoe shop",
                                "teamId",
                                team,
                                "allowedOrigins",
                                List.of(shopOrigin),
                                "greeting",
                                "Hi! Questions about shoes?"))
                .json()
                .get("key")
                .asString();
    }

    private Page visitorOn(String pageUrl) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1100, 760));
        visitors.add(context);
        Page page = context.newPage();
        page.onPageError(e -> System.out.println("VISITOR PAGEERROR: " + e));
        page.navigate(pageUrl);
        page.locator("[data-frontline-launcher]").click();
        return page;
    }

    private static FrameLocator chat(Page visitor) {
        return visitor.frameLocator("iframe[title=Chat]");
    }

    private Page consoleOf(Agent agent) {
        Page page = signIn(agent);
        page.onPageError(e -> System.out.println("PAGEERROR " + agent.name() + ": " + e));
        page.navigate(url("/chat"));
        page.getByLabel("Presence").selectOption("online");
        assertThat(page.locator("#presence-dot")).hasClass(java.util.regex.Pattern.compile("\\bonline\\b"));
        return page;
    }

    @Test
    void aVisitorOnAnotherSiteChatsWithAnAgentBothWaysWithTyping() {
        long team = team();
        String key = widget(team);
        Page agent = consoleOf(agentIn(team, "Carla Chat"));
        Page visitor = visitorOn(shopPage(key));
        FrameLocator frame = chat(visitor);

        assertThat(frame.getByText("Hi! Questions about shoes?")).isVisible();
        frame.locator("#prechat").getByLabel("Name").fill("Vera Visitor");
        frame.locator("#prechat").getByLabel("Email").fill(email("vera"));
        frame.locator("#prechat").getByLabel("How can we help?").fill("Do you have these in size 44?");
        frame.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Start chat"))
                .click();

        assertThat(agent.locator(".chat-pane .pane-title")).hasText("Vera Visitor");
        assertThat(agent.locator(".chat-pane .pane-lines")).containsText("Do you have these in size 44?");
        assertThat(frame.locator("#chat-status")).hasText("Carla Chat");

        agent.locator(".chat-pane .pane-text")
                .pressSequentially(
                        "Let me check", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(20));
        assertThat(frame.locator("#typing")).containsText("Carla Chat");
        agent.locator(".chat-pane .pane-text").fill("Yes, size 44 is in stock.");
        agent.locator(".chat-pane .pane-text").press("Enter");
        assertThat(frame.locator("#lines")).containsText("Yes, size 44 is in stock.");

        frame.getByLabel("Message").fill("Great, thanks!");
        frame.getByLabel("Message").press("Enter");
        assertThat(agent.locator(".chat-pane .pane-lines")).containsText("Great, thanks!");
        assertThat(frame.locator(".line.mine .bubble").last()).hasText("Great, thanks!");
        assertThat(frame.locator(".line.pending")).hasCount(0);
    }

    @Test
    void anAgentTransfersAChatWithANoteAndTheVisitorSeesTheNewAgent() {
        long team = team();
        String key = widget(team);
        Agent first = agentIn(team, "Frank First");
        Agent second = agentIn(team, "Sonia Second");
        Page console = consoleOf(first);
        Page visitor = visitorOn(shopPage(key));
        FrameLocator frame = chat(visitor);
        frame.locator("#prechat").getByLabel("Name").fill("Tom Transfer");
        frame.locator("#prechat").getByLabel("Email").fill(email("tom"));
        frame.locator("#prechat").getByLabel("How can we help?").fill("I need a refund");
        frame.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Start chat"))
                .click();
        assertThat(console.locator(".chat-pane .pane-title")).hasText("Tom Transfer");
        Page secondConsole = consoleOf(second);

        console.locator(".chat-pane .pane-transfer").click();
        console.locator("#transfer-agent").selectOption(String.valueOf(second.id()));
        console.getByLabel("Note for the next agent").fill("Wants a refund for order 12");
        console.locator("#transfer-form button[type=submit]").click();

        assertThat(console.locator(".chat-pane")).hasCount(0);
        assertThat(secondConsole.locator(".chat-pane .pane-title")).hasText("Tom Transfer");
        assertThat(secondConsole.locator(".chat-pane .pane-lines")).containsText("Wants a refund for order 12");
        assertThat(frame.locator("#chat-status")).hasText("Sonia Second");
    }

    @Test
    void withNobodyOnlineTheVisitorLeavesAMessageThatBecomesATicket() {
        long team = team();
        Page visitor = visitorOn(shopPage(widget(team)));
        FrameLocator frame = chat(visitor);
        String email = email("olga");

        frame.locator("#off-name").fill("Olga Offline");
        frame.locator("#off-email").fill(email);
        frame.locator("#off-text").fill("Please call me about my order.");
        frame.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Send message"))
                .click();

        assertThat(frame.locator("#offline-done")).containsText("We will answer by email");
        JsonNode tickets = admin.get("/api/v1/tickets?teamId=" + team).json().get("items");
        assertThat(tickets.get(0).get("requester").get("email").asString()).isEqualTo(email);
    }

    @Test
    void aDroppedConnectionResumesWithEveryLineExactlyOnce() {
        long team = team();
        String key = widget(team);
        Agent carla = agentIn(team, "Dora Drop");
        Page console = consoleOf(carla);
        Page visitor = visitorOn(shopPage(key));
        FrameLocator frame = chat(visitor);
        frame.locator("#prechat").getByLabel("Name").fill("Rita Resume");
        frame.locator("#prechat").getByLabel("Email").fill(email("rita"));
        frame.locator("#prechat").getByLabel("How can we help?").fill("Where is my parcel?");
        frame.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Start chat"))
                .click();
        assertThat(console.locator(".chat-pane .pane-lines")).containsText("Where is my parcel?");
        // the frame's own storage is third-party here; the loader keeps the token in the shop's storage
        String visitorId =
                ((String) visitor.evaluate("localStorage.getItem('frontline.chat." + key + "')")).split("\\.")[1];
        long conversation = Long.parseLong(console.locator(".chat-pane").getAttribute("data-conversation"));

        assertThat(sockets.closeVisitor(visitorId)).isPositive();
        admin.post(
                "/api/v1/chat/conversations/" + conversation + "/messages",
                Map.of("clientMessageId", "while-away", "text", "It left our warehouse today."));
        frame.getByLabel("Message").fill("Are you still there?");
        frame.getByLabel("Message").press("Enter");

        assertThat(frame.locator("#lines")).containsText("It left our warehouse today.");
        assertThat(frame.locator(".line.pending")).hasCount(0);
        assertThat(frame.locator(
                        ".bubble", new FrameLocator.LocatorOptions().setHasText("It left our warehouse today.")))
                .hasCount(1);
        assertThat(frame.locator(".bubble", new FrameLocator.LocatorOptions().setHasText("Are you still there?")))
                .hasCount(1);
        assertThat(console.locator(".pane-lines .bubble", new Page.LocatorOptions().setHasText("Are you still there?")))
                .hasCount(1);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            String body = admin.get("/api/v1/chat/conversations/" + conversation + "/messages")
                    .raw()
                    .body();
            assertThat(body.split("Are you still there\\?", -1)).hasSize(2);
        });
    }
}
