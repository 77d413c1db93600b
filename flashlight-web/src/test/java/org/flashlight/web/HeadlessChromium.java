package org.flashlight.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, headless, driven by Playwright: the browser of the browser tests. {@link #launch()} skips
 * the calling test class, saying why, where no Chromium is installed ({@code FLASHLIGHT_CHROMIUM} points
 * elsewhere). Screenshots go to {@link #SCREENSHOTS}.
 */
public final class HeadlessChromium implements AutoCloseable {
    public static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("FLASHLIGHT_CHROMIUM",
            "/usr/bin/chromium"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static HeadlessChromium launch() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE), "no Chromium at " + EXECUTABLE
                + ": install it (apt-get install -y chromium) or set FLASHLIGHT_CHROMIUM; browser tests skipped");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run"))); // launch() gives every run a fresh temporary user-data-dir
        Files.createDirectories(SCREENSHOTS);
        return new HeadlessChromium(playwright, browser);
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
