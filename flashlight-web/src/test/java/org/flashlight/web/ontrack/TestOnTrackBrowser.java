package org.flashlight.web.ontrack;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The support list in a real headless Chromium, signed in with HTTP credentials as a school's success team: the
 * newly flagged student comes first, and axe-core finds no serious or critical WCAG 2.1 A/AA violation. Skipped,
 * saying why, where no Chromium is installed (as {@code TestBrowser}).
 */
class TestOnTrackBrowser {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("FLASHLIGHT_CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path folder;
    static OnTrackFixture.Written fixture;
    static Javalin app;
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM
                + ": install it (apt-get install -y chromium) or set FLASHLIGHT_CHROMIUM; browser tests skipped");
        fixture = OnTrackFixture.write(folder);
        app = OnTrackApp.create(fixture.data(), AccessFile.read(fixture.access())).start("127.0.0.1", 0);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void aSuccessTeamSignsInAndReadsAnAccessibleSupportList() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900)
                .setHttpCredentials("alder", fixture.passwords().get("alder")))) {
            Page page = context.newPage();
            for (String path : List.of("/schools/S1/support", "/schools/S1/students/ST2")) {
                page.navigate("http://127.0.0.1:" + app.port() + path);
                assertThat(page.locator("h1").count()).isEqualTo(1);
                AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze();
                List<Rule> serious = results.getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
                assertThat(serious).as(path + ": " + describe(serious)).isEmpty();
            }
            page.navigate("http://127.0.0.1:" + app.port() + "/schools/S1/support");
            assertThat(page.locator("h1").textContent()).isEqualTo("Alder High: support list");
            assertThat(page.locator("#support-list tbody tr").first().getAttribute("data-student")).isEqualTo("ST2");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ontrack-support-list.png"))
                    .setFullPage(true));
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " (" + v.getHelp() + ")").collect(Collectors.joining("; "));
    }
}
