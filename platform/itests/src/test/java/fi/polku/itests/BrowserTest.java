package fi.polku.itests;

import static fi.polku.itests.Browser.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The console in a real headless Chromium against the assembled distribution ({@code bin/polku
 * --demo}) on its embedded PostgreSQL: each role's pages, a caseworker's morning, the language
 * switch, a contribution coming and going with its bundle, and axe-core on every page. Where
 * Chromium is not installed the tests are skipped (reported as such), never passed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    private static final Path HOME = Path.of(System.getProperty("polku.home", "../distribution/target/polku")).toAbsolutePath().normalize();
    private static final Path LOGS = Path.of("target", "distribution-logs").toAbsolutePath();

    private Process platform;
    private Browser browser;
    private Api admin;
    private Path data;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "no Chromium here: install the Debian packages chromium and chromium-driver");
        data = Files.createTempDirectory("polku-browser");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.createDirectories(LOGS);
        ProcessBuilder pb = new ProcessBuilder(HOME.resolve("bin/polku").toString(), "--demo")
                .redirectErrorStream(true).redirectOutput(LOGS.resolve("browser.log").toFile());
        pb.environment().put("POLKU_HTTP_PORT", Integer.toString(port));
        pb.environment().put("POLKU_DATA_DIR", data.resolve("data").toString());
        platform = pb.start();
        admin = new Api(port);
        admin.await("health", 200, 180);
        assertEquals(200, admin.login("admin", "polku-demo").status());
        browser = new Browser(port, data.resolve("chromium"));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
            System.out.println("axe-core clean pages (" + browser.checkedPages.size() + "): " + browser.checkedPages);
        }
        if (platform != null) {
            platform.destroy();
            assertTrue(platform.waitFor(90, TimeUnit.SECONDS), "the platform stops on SIGTERM");
        }
    }

    @Test
    @Order(1)
    void loginPageIsAccessibleInEveryLanguage() {
        browser.open("");
        browser.await(By.id("login-form"));
        assertEquals("fi", browser.script("return document.documentElement.lang"));
        browser.assertAccessible("login-fi");
        browser.screenshot("01-login");
        browser.select("language", "sv");
        browser.awaitText(By.cssSelector("#login-form label"), "Användarnamn");
        browser.assertAccessible("login-sv");
        browser.select("language", "en");
        browser.awaitText(By.cssSelector("#login-form label"), "Username");
        browser.assertAccessible("login-en");
        browser.select("language", "fi");
        browser.awaitText(By.cssSelector("#login-form label"), "Käyttäjätunnus");

        browser.type("username", "caseworker");
        browser.type("password", "wrong-password");
        browser.click(By.cssSelector("#login-form button[type=submit]"));
        browser.awaitText(By.cssSelector("#login-form .form-summary"), "Käyttäjätunnus tai salasana on väärin");
        assertEquals("caseworker", browser.field("username").getAttribute("value"), "what was typed stays");
    }
}
