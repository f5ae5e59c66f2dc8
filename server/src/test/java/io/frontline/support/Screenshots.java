package io.frontline.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Takes the README screenshots from a running Frontline with the demo data, at 1280×800 in Debian's Chromium:
 * {@code java -cp <test classpath> io.frontline.support.Screenshots http://localhost:8181 <admin password> docs/screenshots}.
 */
public final class Screenshots {

    private Screenshots() {}

    public static void main(String[] args) {
        String base = args[0];
        String adminPassword = args[1];
        Path out = Paths.get(args[2]);
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Paths.get("/usr/bin/chromium"))
                            .setHeadless(true)
                            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
            Page maya = signIn(browser, base, "maya@frontline.demo", "frontline-demo");
            shoot(maya, base + "/views/open", out.resolve("view-list.png"));
            shoot(maya, base + "/tickets/1", out.resolve("ticket.png"));
            shoot(maya, base + "/customers/1", out.resolve("customer.png"));
            macroPicker(maya, base, out.resolve("macros.png"));
            Page admin = signIn(browser, base, "admin@frontline.local", adminPassword);
            shoot(admin, base + "/admin/agents", out.resolve("admin-agents.png"));
            shoot(admin, base + "/admin/mailboxes", out.resolve("admin-mailboxes.png"));
            shoot(admin, base + "/admin/mail", out.resolve("admin-mail.png"));
            String emailTicket =
                    admin.locator("table.data a[href^='/tickets/']").first().getAttribute("href");
            shoot(maya, base + emailTicket, out.resolve("email-ticket.png"));
            shoot(admin, base + "/admin/chat", out.resolve("admin-chat.png"));
            shoot(admin, base + "/automation/business-hours", out.resolve("automation-business-hours.png"));
            shoot(admin, base + "/automation/routing", out.resolve("automation-routing.png"));
            chat(browser, base, admin, out);
        }
    }

    /**
     * The demo widget on a shop page served on localhost:8000 (an allowed origin of the demo widget), three visitors
     * chatting with Lucía at once, and her console.
     */
    private static void chat(Browser browser, String base, Page admin, Path out) {
        admin.navigate(base + "/admin/chat");
        String snippet = admin.locator("textarea.snippet").first().inputValue();
        HttpServer shop;
        try {
            shop = HttpServer.create(new InetSocketAddress("localhost", 8000), 0);
        } catch (IOException e) {
            throw new IllegalStateException("port 8000 is needed for the shop page", e);
        }
        byte[] page = ("<!doctype html><html lang=en><head><title>Frontline Routers</title><style>"
                        + "body{font:16px system-ui;margin:0;color:#1f2937}header{background:#0f172a;color:#fff;"
                        + "padding:18px 32px;font-weight:700}main{padding:32px;max-width:720px}"
                        + "</style></head><body><header>Frontline Routers</header><main><h1>Mesh Pro</h1>"
                        + "<p>Whole-home Wi-Fi in minutes. Questions? Chat with us.</p></main>" + snippet
                        + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        shop.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        shop.start();
        try {
            Page lucia = signIn(browser, base, "lucia@frontline.demo", "frontline-demo");
            lucia.navigate(base + "/chat");
            lucia.getByLabel("Presence").selectOption("online");
            String[][] visitors = {
                {"Emma Wilson", "emma.wilson@example.co.uk", "Hi! My Mesh Pro keeps dropping the connection upstairs."},
                {"Sofía Martínez", "sofia.martinez@soylent.example", "Hola, ¿puedo cambiar mi suscripción a anual?"},
                {"Bob Smith", "bob@initech.example", "Where do I find my invoice for October?"}
            };
            Page last = null;
            for (String[] v : visitors) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
                last = context.newPage();
                last.navigate("http://localhost:8000/");
                last.locator("[data-frontline-launcher]").click();
                FrameLocator frame = last.frameLocator("iframe[title=Chat]");
                frame.locator("#pc-name").fill(v[0]);
                frame.locator("#pc-email").fill(v[1]);
                frame.locator("#pc-text").fill(v[2]);
                frame.locator("#prechat button[type=submit]").click();
                frame.locator("#view-chat").waitFor();
            }
            lucia.locator(".chat-pane").nth(2).waitFor();
            Locator first = lucia.locator(".chat-pane").first();
            first.locator(".pane-text").fill("Hi Emma, I'm Lucía. Is the upstairs node on a steady white light?");
            first.locator(".pane-text").press("Enter");
            FrameLocator bobFrame = last.frameLocator("iframe[title=Chat]");
            Locator third = lucia.locator(".chat-pane").nth(2);
            third.locator(".pane-text").fill("Hi Bob! Invoices are under Account → Billing. I can email it too.");
            third.locator(".pane-text").press("Enter");
            bobFrame.locator(".line.theirs").last().waitFor();
            bobFrame.locator("#text").fill("Yes please, email it to me");
            bobFrame.locator("#text").press("Enter");
            third.locator(".pane-lines").getByText("Yes please, email it to me").waitFor();
            lucia.waitForTimeout(500);
            lucia.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("chat-console.png")));
            last.waitForTimeout(300);
            last.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("chat-widget.png")));
        } finally {
            shop.stop(0);
        }
    }

    /** The macro picker on a ticket, opened with the m key and filtered. */
    public static void macroPicker(Page page, String base, Path file) {
        page.navigate(base + "/tickets/1");
        page.keyboard().press("m");
        page.locator("#macro-filter").pressSequentially("order");
        page.locator("#macro-options [aria-selected=true]").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
    }

    private static Page signIn(Browser browser, String base, String email, String password) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        Page page = context.newPage();
        page.navigate(base + "/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.locator("button[type=submit]").click();
        page.waitForURL("**/views/mine");
        return page;
    }

    private static void shoot(Page page, String url, Path file) {
        page.navigate(url);
        page.waitForLoadState();
        page.locator("body[data-live=connected]").waitFor();
        if (page.locator(".timeline").count() > 0) {
            page.locator(".timeline .tl-entry").first().waitFor();
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
    }
}
