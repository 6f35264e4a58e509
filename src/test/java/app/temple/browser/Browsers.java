package app.temple.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium driven by Playwright. Playwright never downloads a browser of its own here. Where
 * Chromium is missing the browser tests are skipped with a message saying so, except on CI
 * ({@code CI=true}), where a missing browser is a failure: CI must prove the pages in a real browser.
 */
final class Browsers {

    static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    private Browsers() {
    }

    static synchronized Browser chromium() {
        if (browser == null) {
            Path executable = Path.of(System.getenv().getOrDefault("TEMPLE_CHROMIUM", DEFAULT_CHROMIUM.toString()));
            requireOrSkip(executable);
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    // no background traffic: the machine's network is closed and pages must stay on their origin
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(Browsers::close));
        }
        return browser;
    }

    private static void requireOrSkip(Path executable) {
        if (Files.isExecutable(executable)) {
            return;
        }
        String message = "Chromium not found at " + executable
                + ": browser tests need it (Debian: apt-get install chromium, or set TEMPLE_CHROMIUM).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " CI=true, so this is a failure, not a skip.");
        }
        assumeTrue(false, message + " Skipping the browser tests.");
    }

    private static synchronized void close() {
        if (playwright != null) {
            playwright.close();
        }
    }
}
