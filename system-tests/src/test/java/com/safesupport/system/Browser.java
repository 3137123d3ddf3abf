package com.safesupport.system;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One person's browser: Debian's headless Chromium driven through its chromium-driver (both found on the PATH),
 * with a new empty profile, so two people never share the realm's single-sign-on cookie. Waits poll with a deadline.
 * {@link #accessible(String)} runs axe-core on the page as it is; {@link #screenshot(String)} keeps a picture of it.
 */
final class Browser implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules axe-core checks for WCAG 2.2 AA. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;
    private final Path screenshots;

    private Browser(ChromeDriver driver, Path profile, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
        this.wait = waiting("");
    }

    static Browser start(Path screenshots) throws IOException {
        Path profile = Files.createTempDirectory("suite-browser-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("chromium", "chromium-browser", "google-chrome").toFile());
        // The flags this machine needs: headless, no sandbox as root, and no background traffic to the internet.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-GB",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(executable("chromedriver").toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile, screenshots);
    }

    /** Signs in through the realm's real login page, starting from a page that asks for it. */
    void signIn(String page, String username) {
        driver.get(page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        String origin = page.substring(0, page.indexOf('/', "http://".length()));
        wait.until(d -> d.getCurrentUrl().startsWith(origin));
    }

    /**
     * From now on, until the returned hold is closed, pages opened in this browser hold back their event streams:
     * {@code new EventSource(url)} hands the page's script a stand-in that records its listeners, and the real stream
     * opens (with those listeners) only on {@link HeldStreams#release()}. A test uses it to put a change into the gap
     * between a page being rendered and its stream subscribing — a race that otherwise shows only under load.
     */
    HeldStreams holdEventStreams() {
        String script = """
                (function () {
                  var Real = window.EventSource;
                  if (!Real) { return; }
                  var waiting = [];
                  window.__suiteReleaseStreams = function () {
                    var held = waiting || [];
                    waiting = null;
                    held.forEach(function (open) { open(); });
                    return held.length;
                  };
                  window.EventSource = function (url, init) {
                    var listeners = [], real = null, closed = false;
                    this.addEventListener = function (type, listener, options) {
                      if (real) { real.addEventListener(type, listener, options); } else { listeners.push([type, listener, options]); }
                    };
                    this.close = function () { closed = true; if (real) { real.close(); } };
                    function open() {
                      if (closed) { return; }
                      real = new Real(url, init);
                      listeners.forEach(function (l) { real.addEventListener(l[0], l[1], l[2]); });
                    }
                    if (waiting) { waiting.push(open); } else { open(); }
                  };
                })();
                """;
        String id = (String) driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script)).get("identifier");
        return new HeldStreams(id);
    }

    /** The hold of {@link #holdEventStreams()}: release opens the current page's held streams; close ends the hold. */
    final class HeldStreams implements AutoCloseable {
        private final String id;

        private HeldStreams(String id) {
            this.id = id;
        }

        /** Opens the streams the current page holds and says how many there were. */
        long release() {
            return (Long) ((JavascriptExecutor) driver).executeScript("return window.__suiteReleaseStreams ? window.__suiteReleaseStreams() : -1;");
        }

        @Override
        public void close() {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
        }
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Polls {@code condition} until it returns something other than null or false; fails after {@link #PATIENCE}. */
    <T> T until(String what, Function<WebDriver, T> condition) {
        return waiting(what).until(d -> {
            try {
                return condition.apply(d);
            } catch (WebDriverException e) {
                // Chromium reports a node the page's script replaced between finding and reading it either as a
                // stale element or, from its inspector, as a node that "does not belong to the document": both
                // mean "not yet", look again.
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** A wait that looks again every 200 ms, takes a part the page's script just replaced as "not yet", and says
     * where the browser was when it gave up. */
    private WebDriverWait waiting(String what) {
        WebDriverWait waiting = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(200));
        waiting.ignoring(StaleElementReferenceException.class);
        waiting.withMessage(() -> what + "; the browser was at " + driver.getCurrentUrl() + " showing: "
                + abbreviate(driver.findElement(By.tagName("body")).getText()));
        return waiting;
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }

    /**
     * Walks the page with the Tab key as a keyboard user would, from the top: every element that takes focus must
     * show it (an outline), and the walk must reach the element whose text contains {@code goal}.
     */
    List<String> tabTo(String goal, int maxTabs) {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();");
        List<String> visited = new java.util.ArrayList<>();
        for (int i = 0; i < maxTabs; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            String label = focused.getTagName() + " \"" + Objects.requireNonNullElse(focused.getAccessibleName(), "").strip() + "\"";
            visited.add(label);
            String outline = focused.getCssValue("outline-style");
            String width = focused.getCssValue("outline-width");
            if ("none".equals(outline) || width.startsWith("0")) {
                throw new AssertionError("no visible focus on " + label + " (outline " + outline + " " + width + ") after " + visited);
            }
            if (label.contains(goal)) {
                return visited;
            }
        }
        throw new AssertionError("the keyboard never reached \"" + goal + "\" in " + maxTabs + " tabs: " + visited);
    }

    String text(By by) {
        return driver.findElement(by).getText();
    }

    /** axe-core on the current page: no serious or critical violation of WCAG 2.2 AA; lesser ones are printed. */
    void accessible(String pageName) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        violations.stream().filter(r -> !BLOCKING.contains(r.getImpact()))
                .forEach(r -> System.out.println("axe " + pageName + ": " + r.getImpact() + " " + r.getId() + " " + r.getHelp()));
        String blocking = violations.stream().filter(r -> BLOCKING.contains(r.getImpact()))
                .map(r -> r.getImpact() + " " + r.getId() + " (" + r.getHelp() + ") at "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        System.out.println("axe " + pageName + ": " + results.getPasses().size() + " rules passed, "
                + violations.size() + " violated");
        assertEquals("", blocking, "serious or critical WCAG 2.2 AA violations on " + pageName);
    }

    /** A picture of the whole page from its top (at most 2,400 px tall), taken through the DevTools protocol. */
    @SuppressWarnings("unchecked")
    void screenshot(String name) throws IOException {
        Files.createDirectories(screenshots);
        Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 2400);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(screenshots.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /**
     * Empty when Chromium and its driver are on the PATH, else why not. Without them on a laptop the browser tests
     * are skipped with that reason; CI sets {@code BROWSER_REQUIRED=true}, which makes a missing browser a failure.
     */
    static java.util.Optional<String> unavailable() {
        try {
            executable("chromium", "chromium-browser", "google-chrome");
            executable("chromedriver");
            return java.util.Optional.empty();
        } catch (AssertionError missing) {
            if (Boolean.parseBoolean(System.getenv("BROWSER_REQUIRED"))) {
                throw missing;
            }
            return java.util.Optional.of(missing.getMessage());
        }
    }

    /** The first of the names found on the PATH: the test names no directory of a particular machine. */
    static Path executable(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("None of " + Arrays.toString(names) + " is on the PATH: the browser tests need Debian's "
                + "chromium and chromium-driver packages (.ci/run installs them: apt-get install chromium chromium-driver)");
    }
}
