package org.flashlight.web.ontrack;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.javalin.Javalin;
import org.flashlight.web.HeadlessChromium;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The support list in a real headless Chromium, signed in with HTTP credentials as a school's success team: the
 * newly flagged student comes first, and axe-core finds no serious or critical WCAG 2.1 A/AA violation. Skipped,
 * saying why, where no Chromium is installed (as {@code TestBrowser}).
 */
class TestOnTrackBrowser {
    static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;

    @TempDir
    static Path folder;
    static OnTrackFixture.Written fixture;
    static Javalin app;
    static HeadlessChromium chromium;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        chromium = HeadlessChromium.launch();
        browser = chromium.browser();
        fixture = OnTrackFixture.write(folder);
        app = OnTrackApp.create(fixture.data(), AccessFile.read(fixture.access())).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
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
