package org.roundtable.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's Chromium and its driver (Debian's {@code chromium} and {@code chromium-driver}),
 * started headless for the browser tests. Selenium never downloads a browser here: both
 * binaries are found on the machine, or the tests are skipped with a message saying how to
 * install them. Every browser a test started is closed after it, so no test closes its windows.
 */
public final class Chromium implements ExecutionCondition, AfterEachCallback {

    public static final String HOW_TO_INSTALL = "Chromium or its driver is not installed, so the browser tests "
            + "are skipped. Install them with: sudo apt-get install chromium chromium-driver "
            + "(or set -Dchromium.binary=… and -Dchromedriver.binary=…)";

    /** Laptop and phone sizes the tests and screenshots use. */
    public static final int LAPTOP_WIDTH = 1366;
    public static final int LAPTOP_HEIGHT = 768;
    public static final int PHONE_WIDTH = 360;
    public static final int PHONE_HEIGHT = 740;

    private static final Optional<Path> BROWSER = find("chromium.binary", "chromium", "chromium-browser",
            "google-chrome");
    private static final Optional<Path> DRIVER = find("chromedriver.binary", "chromedriver");

    private static final List<ChromeDriver> STARTED = new CopyOnWriteArrayList<>();

    private static volatile boolean warned;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (available()) {
            return ConditionEvaluationResult.enabled("Chromium at " + BROWSER.get());
        }
        if ("true".equals(System.getenv("CI"))) {
            // Continuous integration installs Chromium first: never let it pass without the browser tests.
            throw new IllegalStateException(HOW_TO_INSTALL);
        }
        if (!warned) {
            warned = true;
            System.err.println("[WARNING] " + HOW_TO_INSTALL);
        }
        return ConditionEvaluationResult.disabled(HOW_TO_INSTALL);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        STARTED.forEach(ChromeDriver::quit);
        STARTED.clear();
    }

    public static boolean available() {
        return BROWSER.isPresent() && DRIVER.isPresent();
    }

    /** A headless browser at laptop size. */
    public static ChromeDriver start() {
        return start(true);
    }

    /** A headless browser at laptop size, with or without JavaScript. */
    public static ChromeDriver start(boolean javaScript) {
        return start(javaScript, "en-US");
    }

    /**
     * A headless browser whose person reads {@code language} first: its interface language and the
     * {@code Accept-Language} it sends ("uk" sends "uk,en;q=0.5"), as a Ukrainian school's Chromebook would.
     */
    public static ChromeDriver start(boolean javaScript, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + LAPTOP_WIDTH + "," + LAPTOP_HEIGHT, "--force-device-scale-factor=1",
                "--hide-scrollbars", "--lang=" + language, "--accept-lang=" + language + ",en", "--no-first-run",
                "--disable-extensions",
                "--password-store=basic",
                // Smooth scrolling would move a control while Selenium clicks it.
                "--force-prefers-reduced-motion");
        Map<String, Object> prefs = new java.util.HashMap<>(Map.of("intl.accept_languages", language + ",en"));
        if (!javaScript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.orElseThrow().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        STARTED.add(driver);
        if (!javaScript) {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static Optional<Path> find(String property, String... names) {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        List<String> dirs = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(d -> !d.isBlank()).toList();
        for (String name : names) {
            for (String dir : dirs) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
