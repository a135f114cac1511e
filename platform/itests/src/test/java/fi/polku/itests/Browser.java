package fi.polku.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium through {@code /usr/bin/chromedriver} (never a
 * downloaded driver), with axe-core for the accessibility check and screenshots saved as test
 * artifacts in {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    final ChromeDriver driver;
    final String base;
    private final WebDriverWait wait;
    private final String axe;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    Browser(int port, Path profile) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // This machine has no outside network: no background calls home, no component updates.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--window-size=1280,1000",
                "--user-data-dir=" + profile, "--lang=fi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        base = "http://localhost:" + port;
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        try (InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(SCREENSHOTS);
    }

    void open(String hash) {
        driver.get(base + "/console/" + hash);
    }

    WebElement await(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void awaitText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void awaitGone(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /** Waits until no "loading" placeholder is left, so checks see the finished page. */
    void settled() {
        wait.until(d -> d.findElements(By.cssSelector(".loading")).isEmpty());
    }

    WebElement field(String name) {
        return await(By.name(name));
    }

    void type(String name, String text) {
        WebElement f = field(name);
        f.clear();
        f.sendKeys(text);
    }

    /** Sets a field's value as a date picker would (what typing a date does depends on the browser's locale). */
    void value(String name, String value) {
        driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
                field(name), value);
    }

    void select(String name, String value) {
        new org.openqa.selenium.support.ui.Select(field(name)).selectByValue(value);
    }

    /** Clicks, trying again when the page has just been drawn anew (a re-render replaces the element). */
    void click(By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                wait.until(ExpectedConditions.elementToBeClickable(by)).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** The size of the page as a device of that size would show it (CSS px), whatever the window's least size is. */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
    }

    /** True when the page is wider than its window: it would scroll sideways (WCAG 1.4.10 asks that it never does at 320 px). */
    boolean scrollsSideways() {
        return (Boolean) driver.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
    }

    String text(By by) {
        return await(by).getText();
    }

    String attribute(By by, String name) {
        return await(by).getAttribute(name);
    }

    /** Runs axe-core with the WCAG 2.1 A and AA rules on the page as it is now; fails on any violation. */
    @SuppressWarnings("unchecked")
    void assertAccessible(String page) {
        settled();
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + " + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));", WCAG);
        List<String> violations = (List<String>) result;
        if (!violations.isEmpty()) {
            screenshot("axe-failure-" + page);
            fail("axe-core found " + violations.size() + " WCAG 2.1 AA violations on " + page + ":\n" + String.join("\n", violations));
        }
        checkedPages.add(page);
    }

    final java.util.Set<String> checkedPages = new java.util.LinkedHashSet<>();

    /**
     * Words that are English and not Finnish or Swedish, and the shapes of codes (OWN_PRODUCTION,
     * coaching-default, customer.read): none may show on a Finnish or Swedish page. The list is of
     * words a page of this console would use if a text were left untranslated or a code shown raw.
     */
    private static final java.util.regex.Pattern ENGLISH = java.util.regex.Pattern.compile("\\b(the|and|of|with|not|is|are|was|"
            + "job|search|new|employed|unemployed|customer|customers|service|services|nothing|found|error|coaching|subsidy|"
            + "subsidies|pending|granted|refused|online|referral|referred|accepted|declined|started|completed|interrupted|"
            + "cancelled|initial|guidance|multisectoral|employer|loading|save|cancel|submit|phone|email|letter|other|"
            + "bundle|module|active|resolved|installed|available|offered|configured|office|remote|queue|worklist|dashboard|"
            + "details|caseworker|lead|admin|unknown|none|true|false|null|undefined|read|reveal|create|update)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(
            "\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)+\\b|\\b[a-z]+\\.[a-z][a-z-]+\\b");
    /** Written the same in Finnish or Swedish: a loan word, a product or a format the page shows on purpose. */
    private static final java.util.Set<String> SAME_IN_EVERY_LANGUAGE = java.util.Set.of("in-house", "e-posti", "e-post",
            "e-postadress", "polku", "t.ex");

    /** The visible text of the page, in its language (fi or sv), has no English word and no raw code. */
    void assertSpeaksItsLanguage(String page) {
        List<String> found = englishOn(page);
        if (!found.isEmpty()) {
            fail("English or a raw code on the page " + page + ":\n" + String.join("\n", found));
        }
    }

    /** What on a Finnish or Swedish page is English or a raw code; empty for any other page. */
    List<String> englishOn(String page) {
        settled();
        String lang = String.valueOf(driver.executeScript("return document.documentElement.lang"));
        if (!lang.equals("fi") && !lang.equals("sv")) {
            return List.of();
        }
        // What a person reads: the text, the labels of controls and the options of lists, not the e-mail addresses of people.
        // An identifier shown as one (in a code element: a bundle's name, a module id, an audit action for the IT admin)
        // is not text to translate, and may be named again in a control's label.
        String text = String.valueOf(driver.executeScript("const parts = [document.body.innerText];"
                + "document.querySelectorAll('[aria-label],[title],[placeholder]').forEach(e => parts.push(e.getAttribute('aria-label') || '',"
                + " e.getAttribute('title') || '', e.getAttribute('placeholder') || ''));"
                + "let text = parts.join('\\n');"
                + "[...document.querySelectorAll('code, kbd, samp')].map(c => c.innerText.trim()).filter(Boolean)"
                + ".sort((a, b) => b.length - a.length).forEach(c => { text = text.split(c).join(' '); });"
                + "return text;")).replaceAll("\\S+@\\S+", " ");
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (String line : text.split("\\n")) {
            // A language chooser names the languages in their own words, English included.
            if (line.trim().equals("English") || line.trim().equals("Suomi") || line.trim().equals("Svenska")) {
                continue;
            }
            java.util.regex.Matcher m = ENGLISH.matcher(line);
            while (m.find()) {
                found.add("'" + m.group() + "' in: " + line.trim());
            }
            m = CODE.matcher(line);
            while (m.find()) {
                if (!SAME_IN_EVERY_LANGUAGE.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
                    found.add("code '" + m.group() + "' in: " + line.trim());
                }
            }
        }
        if (!found.isEmpty()) {
            screenshot("language-failure-" + page.replaceAll("[^A-Za-z0-9-]+", "_") + "-" + lang);
            return found.stream().map(f -> page + " (" + lang + "): " + f).toList();
        }
        spokenPages.add(page + "-" + lang);
        return List.of();
    }

    final java.util.Set<String> spokenPages = new java.util.LinkedHashSet<>();

    void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void login(String username, String password) {
        open("");
        driver.manage().deleteAllCookies(); // whoever was logged in before, even after a failed test
        driver.executeScript("localStorage.setItem('polku.lang', 'fi')"); // and in Finnish, the default
        open("");
        type("username", username);
        type("password", password);
        click(By.cssSelector("#login-form button[type=submit]"));
        await(By.id("logout"));
    }

    /** Chooses a language in the header; the page reloads in it (the console remembers the choice in the browser). */
    void language(String code) {
        click(By.cssSelector("button[data-lang=" + code + "]"));
        wait.until(d -> code.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && document.querySelector('button[data-lang=" + code
                        + "][aria-pressed=true]') ? document.documentElement.lang : null")));
    }

    /** Waits until the console has kept a draft holding the text in the browser's session storage (it does so 300 ms after typing stops). */
    void awaitDraftHolding(String text) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return Object.keys(sessionStorage).some(k => k.startsWith('polku.draft.') && sessionStorage.getItem(k).includes(arguments[0]))",
                text)));
    }

    void logout() {
        click(By.id("logout"));
        await(By.id("login-form"));
    }

    List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).toList();
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    static void assertContains(String haystack, String needle) {
        assertTrue(haystack.contains(needle), "expected '" + needle + "' in:\n" + haystack);
    }


    @Override
    public void close() {
        driver.quit();
    }
}
