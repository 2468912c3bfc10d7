package dev.foyer.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Headless Chromium, driven by Selenium, pointed at the server of a {@code @FoyerIntegrationTest}:
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = new Browser();
 * </pre>
 * One browser per test class, started on first use with a fresh profile and quit after the class.
 * Each test starts at desktop size; a failing test leaves a screenshot in target/browser-screenshots.
 * <p>
 * It runs Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (override with
 * {@code CHROME_BIN} and {@code CHROMEDRIVER}, as system properties or environment variables). The
 * driver's path is always given, so Selenium Manager never runs: CI machines have no network to
 * download a browser from.
 */
public final class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback {

    private static final Path FAILURE_SCREENSHOTS = Path.of("target", "browser-screenshots");

    private ChromeDriver driver;
    private Path profile;
    private String baseUrl;

    /** The raw driver, for what the helpers below do not cover. */
    public ChromeDriver driver() {
        if (driver == null) {
            start();
        }
        return driver;
    }

    /**
     * Loads a path of the server under test, e.g. {@code open("/contacts")}, and waits until the
     * document is complete: Debian's Chromium and ChromeDriver 150 have answered {@code get} while
     * the page was still being parsed (one card of a column's twenty there).
     */
    public void open(String path) {
        driver().get(baseUrl + path);
        new org.openqa.selenium.support.ui.WebDriverWait(driver(), java.time.Duration.ofSeconds(10))
                .until(driver -> "complete".equals(script("return document.readyState")));
    }

    public WebElement find(String cssSelector) {
        return driver().findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver().findElements(By.cssSelector(cssSelector));
    }

    /**
     * Clicks a button that submits a form and waits until the next page has replaced this one. A
     * button gone from the page may answer "stale" or, from Chrome's inspector, "node does not belong
     * to the document": both mean the old page is gone.
     */
    public void submit(String buttonSelector) {
        WebElement button = find(buttonSelector);
        button.click();
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver(), java.time.Duration.ofSeconds(10));
        wait.until(driver -> !attached(button));
        wait.until(driver -> "complete".equals(script("return document.readyState")));
    }

    private static boolean attached(WebElement element) {
        try {
            element.isEnabled();
            return true;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return false;
        }
    }

    public Object script(String javaScript, Object... arguments) {
        return driver().executeScript(javaScript, arguments);
    }

    /** Renders the next pages as a 375 px wide phone (with its viewport meta tag honoured); call before {@link #open}. */
    public void phone() {
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Back to the 1280 x 900 desktop window. */
    public void desktop() {
        driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Console errors (CSP violations, failed loads, script errors) since the test began or the last call. */
    public List<String> consoleErrors() {
        return driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    public Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, driver().getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        var environment = SpringExtension.getApplicationContext(context).getEnvironment();
        baseUrl = "http://localhost:" + environment.getRequiredProperty("local.server.port");
        if (driver != null) {
            desktop();
            consoleErrors();
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (driver != null && context.getExecutionException().isPresent()) {
            screenshot(FAILURE_SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName() + ".png"));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
            profile = null;
        }
    }

    private void start() {
        try {
            profile = Files.createTempDirectory("foyer-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a Chromium profile directory", e);
        }
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(setting("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options());
    }

    private ChromeOptions options() {
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        var options = new ChromeOptions()
                .setBinary(setting("CHROME_BIN", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                        "--user-data-dir=" + profile);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        return options;
    }

    private static String setting(String name, String fallback) {
        var value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
