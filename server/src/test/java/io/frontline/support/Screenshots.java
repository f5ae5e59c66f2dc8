package io.frontline.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
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
            Page admin = signIn(browser, base, "admin@frontline.local", adminPassword);
            shoot(admin, base + "/admin/agents", out.resolve("admin-agents.png"));
            shoot(admin, base + "/admin/mailboxes", out.resolve("admin-mailboxes.png"));
            shoot(admin, base + "/admin/mail", out.resolve("admin-mail.png"));
            String emailTicket =
                    admin.locator("table.data a[href^='/tickets/']").first().getAttribute("href");
            shoot(maya, base + emailTicket, out.resolve("email-ticket.png"));
        }
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
