package org.putright.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * Headless Chromium driving the real pages of an application started by
 * {@link PutrightIntegrationTest}, the way a person would: by labels and button texts rather than
 * ids, so a test breaks when what people see changes. Every page can be checked with axe-core
 * ({@link #assertAccessible()}), for overflow at 320 px ({@link #assertFitsWidth(int)}) and for
 * weight ({@link #pageWeight()}).
 *
 * <pre>{@code
 * try (Browser browser = Browser.open(port)) {
 *     browser.visit("/complain").press("Start now");
 *     browser.choose("Myself").press("Continue").assertAccessible();
 *     browser.fill("Full name", "Ada Lovelace");
 * }
 * }</pre>
 *
 * Uses Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, which the build
 * installs when missing ({@code src/test/scripts/ensure-chromium.sh}). Each browser has a new,
 * empty profile and no network access beyond the application.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** A new headless browser, 1024 × 768, pointed at the application on {@code port}. */
    public static Browser open(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + "; the build installs them (src/test/scripts/ensure-chromium.sh), or run"
                    + " apt-get install -y chromium chromium-driver");
        }
        try {
            Path profile = Files.createTempDirectory("putright-chromium-");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments(
                            "--headless=new",
                            // Tests run as root, where Chromium's sandbox cannot start.
                            "--no-sandbox",
                            "--disable-dev-shm-usage",
                            // The machines have no way out: no updates, sync or background fetches.
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            "--disable-extensions",
                            "--user-data-dir=" + profile,
                            "--window-size=1024,768");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile, "http://localhost:" + port);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Goes to a path of the application, e.g. {@code /complain}. */
    public Browser visit(String path) {
        driver.get(base + path);
        return this;
    }

    /** Goes to an absolute URL, e.g. one read from an email. */
    public Browser visitUrl(String url) {
        driver.get(url);
        return this;
    }

    /** Types into the text field, text area or date part labelled {@code label} (replacing what is there). */
    public Browser fill(String label, String text) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Ticks the radio button or checkbox labelled {@code label}. */
    public Browser choose(String label) {
        WebElement input = field(label);
        if (!input.isSelected()) {
            driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                    .click();
        }
        return this;
    }

    /** Clicks the button (or link styled as one) whose text is {@code text}. */
    public Browser press(String text) {
        WebElement page = driver.findElement(By.tagName("html"));
        button(text).click();
        return awaitNavigationFrom(page);
    }

    /** Follows the link whose text is {@code text}. */
    public Browser follow(String text) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.linkText(text)).click();
        return awaitNavigationFrom(page);
    }

    /** Presses Enter on whatever has the focus, and waits for the page it submits to. */
    public Browser pressEnter() {
        WebElement page = driver.findElement(By.tagName("html"));
        type(Keys.ENTER);
        return awaitNavigationFrom(page);
    }

    /**
     * Waits up to {@code patience} for the page to say {@code text} by itself (a script updating or
     * reloading it), failing if it never does.
     */
    public Browser awaitText(String text, Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        while (!textWhileChanging().contains(text)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("The page never said \"" + text + "\"; it says: " + text());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return this;
    }

    /**
     * Waits until the page that was shown has gone and the next one has loaded: on a busy machine
     * a click can return before the browser has even left the old page, and reading it then would
     * read the wrong page. Gives up quietly after 10 seconds, for clicks that stay on the page.
     */
    private Browser awaitNavigationFrom(WebElement oldPage) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            try {
                oldPage.isDisplayed();
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                break;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        while (System.nanoTime() < until && !"complete".equals(script("return document.readyState;"))) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return this;
    }

    /** Presses Tab {@code times} times, as a keyboard-only user moves through a page. */
    public Browser tab(int times) {
        Actions actions = new Actions(driver);
        for (int i = 0; i < times; i++) {
            actions.sendKeys(Keys.TAB);
        }
        actions.perform();
        return this;
    }

    /** Types into whatever has the keyboard focus. */
    public Browser type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Tabs forward until the element labelled or named {@code labelOrText} has focus; fails after 40 presses. */
    public Browser tabTo(String labelOrText) {
        for (int i = 0; i < 40; i++) {
            tab(1);
            WebElement focused = focused();
            String id = focused.getAttribute("id");
            boolean labelled = id != null
                    && !id.isEmpty()
                    && !driver.findElements(By.xpath("//label[@for='" + id + "' and normalize-space(.)="
                                    + xpathLiteral(labelOrText) + "]"))
                            .isEmpty();
            if (labelled || labelOrText.equals(focused.getText().trim())) {
                return this;
            }
        }
        throw new AssertionError("Tabbing never reached \"" + labelOrText + "\" on " + path());
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** The page's main heading. */
    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** All the text of the page's main content. */
    public String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /**
     * The page's text, or nothing while a page that follows itself is being replaced: between
     * finding its main element and reading it, the browser may have loaded the next one.
     */
    private String textWhileChanging() {
        try {
            return text();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return "";
        }
    }

    /** The path (and query) of the page now shown. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url == null ? "" : url.substring(url.indexOf('/', "http://".length()));
    }

    /** The texts of the GOV.UK error summary's links, empty when the page shows none. */
    public List<String> errors() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The session cookie and every other cookie, e.g. to fetch a download with the same session. */
    public String cookieHeader() {
        return String.join(
                "; ",
                driver.manage().getCookies().stream()
                        .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                        .toList());
    }

    /** For what this class does not offer. */
    public WebDriver driver() {
        return driver;
    }

    /** Runs axe-core (WCAG 2.0–2.2 A and AA, and best practice) on the page; fails listing every violation. */
    public Browser assertAccessible() {
        List<String> violations = Axe.violations(driver);
        assertThat(violations).as("axe-core violations on %s", path()).isEmpty();
        return this;
    }

    /** Resizes the window, e.g. to 320 px wide as for WCAG 1.4.10 reflow. */
    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /**
     * Fails when the page scrolls sideways at {@code width} CSS pixels (WCAG 1.4.10: 320 px is
     * also what 1280 px at 400% zoom, or 640 px at 200%, leaves).
     */
    public Browser assertFitsWidth(int width) {
        resize(width, 800);
        Object overflow = script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).longValue())
                .as("horizontal overflow in pixels at %d px wide on %s", width, path())
                .isLessThanOrEqualTo(0);
        return this;
    }

    /**
     * What the browser transferred for the page now shown: the document and every stylesheet,
     * script, font and image it loaded, in bytes as they crossed the network (compressed where the
     * server compressed them). Cache is off in a fresh profile, so nothing is left out.
     */
    public long pageWeight() {
        Object bytes = script("return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource'))"
                + ".reduce((sum, entry) => sum + (entry.transferSize || entry.encodedBodySize || 0), 0);");
        return ((Number) bytes).longValue();
    }

    /** The URLs the page loaded, beside {@link #pageWeight()} to say what weighed what. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> loadedResources() {
        return (List<Map<String, Object>>) script("return performance.getEntriesByType('resource')"
                + ".map(entry => ({name: entry.name, bytes: entry.transferSize}));");
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    private WebElement field(String label) {
        List<WebElement> labels =
                driver.findElements(By.xpath("//label[normalize-space(.)=" + xpathLiteral(label) + "]"));
        if (labels.isEmpty()) {
            throw new AssertionError("No field labelled \"" + label + "\" on " + path() + ":\n" + text());
        }
        String id = labels.get(0).getAttribute("for");
        return driver.findElement(By.id(id == null ? "" : id));
    }

    private WebElement button(String text) {
        List<WebElement> buttons = driver.findElements(By.xpath("//button[normalize-space(.)=" + xpathLiteral(text)
                + "] | //a[contains(@class,'govuk-button') and normalize-space(.)=" + xpathLiteral(text)
                + "] | //input[@type='submit' and @value=" + xpathLiteral(text) + "]"));
        if (buttons.isEmpty()) {
            throw new AssertionError("No button \"" + text + "\" on " + path() + ":\n" + text());
        }
        return buttons.get(0);
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
