package io.frontline.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the browser tests: the application as for the API tests, driven through Debian's Chromium (never a
 * downloaded browser). One browser per test class; each agent gets a browser context of their own.
 */
public abstract class BrowserTest extends ApiTest {

    public record Agent(long id, String name, String email, String password) {}

    private static Playwright playwright;
    protected static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium())
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    private static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Paths.get(candidate))) {
                return Paths.get(candidate);
            }
        }
        throw new IllegalStateException("Debian's chromium is not installed (apt-get install -y chromium)");
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A new agent with a known password, created through the admin API. */
    protected Agent newAgent(String name, String role) {
        String email = email(name.toLowerCase().replace(' ', '.'));
        String password = "password-" + UUID.randomUUID();
        Api.Response created =
                admin.post("/api/v1/agents", Map.of("name", name, "email", email, "password", password, "role", role));
        if (created.status() != 201) {
            throw new IllegalStateException("could not create agent: " + created);
        }
        return new Agent(created.id(), name, email, password);
    }

    /** A signed-in browser session of its own, at 1280×800, landing on the agent's start page. */
    protected Page signIn(Agent agent) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        contexts.add(context);
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Email").fill(agent.email());
        page.getByLabel("Password").fill(agent.password());
        page.locator("button[type=submit]").click();
        page.waitForURL("**/views/mine");
        return page;
    }
}
