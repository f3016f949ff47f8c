package org.roundtable.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.RestAssured;

/**
 * One browser window on the application under test: the few things a person does
 * (open a page, type, press, read) named the way the tests speak of them.
 */
public final class Window implements AutoCloseable {

    private final ChromeDriver driver;

    public Window(ChromeDriver driver) {
        this.driver = driver;
    }

    public static Window open() {
        return new Window(Chromium.start());
    }

    /** A window whose browser asks for {@code language} first (its Accept-Language), as a person's own would. */
    public static Window speakingFirst(String language) {
        return new Window(Chromium.start(true, language));
    }

    public static Window withoutJavaScript() {
        return new Window(Chromium.start(false));
    }

    public static String baseUrl() {
        return "http://localhost:" + RestAssured.port;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Window go(String path) {
        driver.get(path.startsWith("http") ? path : baseUrl() + path);
        return this;
    }

    /** Carries an existing session, as if the person had signed in in this window. */
    public Window signedInWith(String sessionCookie) {
        go("/favicon.svg");
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("rt_session", sessionCookie, "/"));
        return this;
    }

    /** Chooses the interface language as the footer's switch would (its cookie), for the pages opened next. */
    public Window speaking(String language) {
        if (!driver.getCurrentUrl().startsWith(Window.baseUrl())) {
            go("/favicon.svg");
        }
        driver.manage().addCookie(new Cookie(PageTour.LANGUAGE_COOKIE, language, "/"));
        return this;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.substring(baseUrl().length());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean has(String css) {
        return !all(css).isEmpty();
    }

    /** The visible button or link whose text starts with {@code label}, inside {@code scope}. */
    public WebElement control(String scope, String label) {
        return all(scope + " button, " + scope + " a, " + scope + " input[type=submit]").stream()
                .filter(e -> e.getText().strip().startsWith(label) || label.equals(e.getDomAttribute("value")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No control \"" + label + "\" in " + scope + " on " + path()));
    }

    public Window type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Window click(String css) {
        find(css).click();
        return this;
    }

    /** Presses a button or follows a link that leads to another page, and waits for that page. */
    public Window press(String scope, String label) {
        WebElement page = find("html");
        try {
            control(scope, label).click();
        } catch (WebDriverException replaced) {
            // The page's script replaced the control between finding and clicking it (a live
            // update landing at that moment): find it again, once, as a person would. Only the
            // click is tried again: once it went through, the next page is awaited, never re-pressed.
            if (replaced instanceof TimeoutException) {
                throw replaced;
            }
            control(scope, label).click();
        }
        return awaitNewPage(page);
    }

    /** Clicks an element that leads to another page, and waits for that page. */
    public Window follow(WebElement element) {
        WebElement page = find("html");
        element.click();
        return awaitNewPage(page);
    }

    private Window awaitNewPage(WebElement page) {
        await(d -> gone(page));
        await(d -> "complete".equals(script("return document.readyState;")));
        return this;
    }

    /**
     * Whether the old page's element is gone: Chromium answers a stale element either as stale or
     * as "does not belong to the document" while the next page loads; both mean the page changed.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException stale) {
            return true;
        }
    }

    /** Picks a radio button or checkbox the way a person does: by clicking its label. */
    public Window choose(String name, String value) {
        find("input[name='" + name + "'][value='" + value + "']").findElement(By.xpath("./ancestor::label")).click();
        return this;
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String bodyText() {
        return find("body").getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Sizes the viewport (the page's visible area, without any browser frame) to width × height. */
    public Window size(int width, int height) {
        Dimension window = new Dimension(width, height);
        for (int attempt = 0; attempt < 3; attempt++) {
            resize(window);
            List<?> inner = (List<?>) script("return [window.innerWidth, window.innerHeight];");
            int extraWidth = width - number(inner, 0);
            int extraHeight = height - number(inner, 1);
            if (extraWidth == 0 && extraHeight == 0) {
                return this;
            }
            window = new Dimension(window.width + extraWidth, window.height + extraHeight);
        }
        throw new IllegalStateException("the viewport did not become " + width + " × " + height);
    }

    /** Sets the window's size and waits for the page to see it: a resize lands a moment after the browser answers. */
    private void resize(Dimension window) {
        if (driver.manage().window().getSize().equals(window)) {
            return;
        }
        script("window.resizedForTest = false;"
                + "window.addEventListener('resize', () => window.resizedForTest = true, {once: true});");
        driver.manage().window().setSize(window);
        await(d -> Boolean.TRUE.equals(script("return window.resizedForTest;")));
    }

    private static int number(List<?> numbers, int index) {
        return ((Number) numbers.get(index)).intValue();
    }

    /** True when the page is wider than the window, so a reader would scroll sideways. */
    public boolean scrollsSideways() {
        Object overflow = script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) overflow).intValue() > 0;
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
