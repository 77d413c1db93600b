package org.flashlight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.flashlight.web.results.ResultsLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages in a real headless Chromium (Debian's {@code /usr/bin/chromium}, driven by Playwright): search,
 * report card, year and framework switches, dashboard sorting, the CSV download, and axe-core's WCAG 2.1 A/AA
 * rules on the main pages. One server and one browser for the class. Screenshots of the main pages are kept in
 * {@code target/screenshots/}. Skipped, with a message, only where no Chromium is installed.
 */
class TestBrowser {
    static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;

    @TempDir
    static Path folder;
    static Javalin app;
    static HeadlessChromium chromium;
    static Browser browser;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void start() throws Exception {
        chromium = HeadlessChromium.launch();
        browser = chromium.browser();
        app = WebApp.create(ResultsLibrary.open(RunFixture.write(folder.resolve("results")))).start("127.0.0.1", 0);
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

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true).setViewportSize(1200, 900));
        page = context.newPage();
    }

    @AfterEach
    void close() {
        context.close();
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    @Test
    void aReaderFindsTheSchoolByNameAndReadsItsReportCard() {
        page.navigate(url("/"));
        page.getByLabel("School name").fill("alder");
        page.getByLabel("School name").press("Enter");
        page.waitForURL("**/?q=alder");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-search.png")).setFullPage(true));
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Alder Elementary")).click();
        page.waitForURL("**/schools/S1?framework=alpha&year=2025");
        assertThat(page.locator("h1").textContent()).isEqualTo("Alder Elementary");
        assertThat(page.locator("#m-ela_proficiency tr[data-group=all] td").first().textContent()).isEqualTo("60.0%");
        assertThat(page.locator("#m-ela_proficiency tr[data-group=el] td").first().textContent()).isEqualTo("hidden");
        assertThat(page.locator("#m-ela_proficiency svg[role=img]").getAttribute("aria-label"))
                .isEqualTo("ELA: proficient by year: 2023 50.0%, 2024 55.0%, 2025 60.0%");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("report-card.png")).setFullPage(true));
    }

    @Test
    void theYearAndFrameworkSwitchesKeepStableUrls() {
        page.navigate(url("/schools/S1?framework=alpha&year=2025"));
        page.locator("nav[aria-label='School year'] a", new Page.LocatorOptions().setHasText("2024")).click();
        page.waitForURL("**/schools/S1?framework=alpha&year=2024");
        assertThat(page.locator("#m-ela_proficiency tr[data-group=all] td").first().textContent()).isEqualTo("55.0%");
        assertThat(page.locator("nav[aria-label='School year'] a[aria-current=page]").textContent()).isEqualTo("2024");
        page.locator("nav[aria-label='Framework'] a", new Page.LocatorOptions().setHasText("Beta index")).click();
        page.waitForURL("**/schools/S1?framework=beta&year=2024");
        assertThat(page.content()).doesNotContain("Summative score");
    }

    @Test
    void theDashboardSortsByAColumnAndBack() {
        page.navigate(url("/state?framework=alpha&year=2025&measure=ela_proficiency"));
        assertThat(rowNames()).containsExactly("Alder Elementary", "Birch Elementary", "Cedar Elementary", "Dogwood High");
        page.locator("th a", new Page.LocatorOptions().setHasText("ELA: proficient")).click();
        page.waitForURL("**sort=value&dir=asc");
        // 40% < 60% < 70%, and the hidden value last
        assertThat(rowNames()).containsExactly("Cedar Elementary", "Alder Elementary", "Birch Elementary", "Dogwood High");
        assertThat(page.locator("th[aria-sort=ascending]").textContent()).isEqualTo("ELA: proficient");
        page.locator("th a", new Page.LocatorOptions().setHasText("ELA: proficient")).click();
        page.waitForURL("**sort=value&dir=desc");
        assertThat(rowNames()).containsExactly("Birch Elementary", "Alder Elementary", "Cedar Elementary", "Dogwood High");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("state-dashboard.png")).setFullPage(true));
        page.getByLabel("Filter schools by name").fill("elem");
        assertThat(page.locator("#schools tbody tr:visible").count()).isEqualTo(3);
    }

    private List<String> rowNames() {
        return page.locator("#schools tbody th").allTextContents();
    }

    @Test
    void theDownloadedCsvIsSuppressedAsThePageIs() throws Exception {
        page.navigate(url("/schools/S1?framework=alpha&year=2025"));
        Download download = page.waitForDownload(() -> page.getByText("Download this report card (CSV)").click());
        String csv = Files.readString(download.path());
        assertThat(download.suggestedFilename()).isEqualTo("S1-alpha-2025.csv");
        assertThat(csv).contains(",el,English learners,hidden,,\r\n", ",swd,Students with disabilities,>= 95%,,\r\n")
                .doesNotContain(RunFixture.SECRET_VALUE).doesNotContain(RunFixture.SECRET_PERCENT);
    }

    @Test
    void theMainPagesPassAxeCoreWcag21AA() {
        for (String path : List.of("/", "/?q=elementary", "/schools/S1?framework=alpha&year=2025",
                "/state?framework=alpha&year=2025", "/districts/D1?framework=beta&year=2025")) {
            page.navigate(url(path));
            AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze();
            assertThat(results.getViolations()).as(path + ": " + describe(results.getViolations())).isEmpty();
        }
    }

    @Test
    void theAccessibilityCheckDoesCatchAViolation() {
        // the check above is worth something only if it fails on a page with a known fault: an unlabelled input
        page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main><h1>t</h1>"
                + "<input type=\"text\"></main></body></html>");
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        assertThat(results.getViolations()).extracting(Rule::getId).contains("label");
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " (" + v.getHelp() + ") at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
