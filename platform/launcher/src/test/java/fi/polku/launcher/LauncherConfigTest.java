package fi.polku.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherConfigTest {
    @TempDir
    Path home;

    private void file(String content) throws IOException {
        Files.createDirectories(home.resolve("configs"));
        Files.writeString(home.resolve(LauncherConfig.FILE), content);
    }

    @Test
    void defaultsWithoutAFile() throws Exception {
        LauncherConfig c = LauncherConfig.load(home, Map.of(), false);
        assertEquals(8080, c.httpPort());
        assertEquals(LauncherConfig.Mode.PRODUCTION, c.mode());
        assertEquals(home.resolve("data"), c.dataDir());
        assertTrue(c.embeddedDatabase());
        assertEquals(0, c.embeddedDbPort());
    }

    @Test
    void fileSettingsAreRead() throws Exception {
        file("http.port=9090\nmode=demo\ndata.dir=/var/lib/polku\ndb.url=jdbc:postgresql://db:5432/polku\ndb.user=polku\ndb.password=s3cret\n");
        LauncherConfig c = LauncherConfig.load(home, Map.of(), false);
        assertEquals(9090, c.httpPort());
        assertEquals(LauncherConfig.Mode.DEMO, c.mode());
        assertEquals(Path.of("/var/lib/polku"), c.dataDir());
        assertFalse(c.embeddedDatabase());
        assertEquals("polku", c.dbUser());
        assertEquals("s3cret", c.dbPassword());
    }

    @Test
    void environmentOverridesTheFile() throws Exception {
        file("http.port=9090\n");
        LauncherConfig c = LauncherConfig.load(home, Map.of("POLKU_HTTP_PORT", "9191", "POLKU_MODE", "DEMO"), false);
        assertEquals(9191, c.httpPort());
        assertEquals(LauncherConfig.Mode.DEMO, c.mode());
    }

    @Test
    void logFormatAndFolder() throws Exception {
        LauncherConfig defaults = LauncherConfig.load(home, Map.of(), false);
        assertEquals(LauncherConfig.LogFormat.TEXT, defaults.logFormat());
        assertEquals(home.resolve("data/logs"), defaults.logDir());
        file("log.format=json\nlog.dir=/var/log/polku\n");
        LauncherConfig c = LauncherConfig.load(home, Map.of(), false);
        assertEquals(LauncherConfig.LogFormat.JSON, c.logFormat());
        assertEquals(Path.of("/var/log/polku"), c.logDir());
        LauncherException e = assertThrows(LauncherException.class, () -> LauncherConfig.load(home, Map.of("POLKU_LOG_FORMAT", "xml"), false));
        assertEquals("Setting log.format in environment variable POLKU_LOG_FORMAT must be 'text' or 'json', was 'xml'", e.getMessage());
    }

    @Test
    void demoFlagWinsOverProductionSetting() throws Exception {
        file("mode=production\n");
        assertEquals(LauncherConfig.Mode.DEMO, LauncherConfig.load(home, Map.of(), true).mode());
    }

    @Test
    void emptyValuesMeanTheDefault() throws Exception {
        file("http.port=\ndb.url=\n");
        LauncherConfig c = LauncherConfig.load(home, Map.of(), false);
        assertEquals(8080, c.httpPort());
        assertTrue(c.embeddedDatabase());
    }

    @Test
    void badPortNamesSettingAndSource() throws Exception {
        file("http.port=eighty\n");
        LauncherException e = assertThrows(LauncherException.class, () -> LauncherConfig.load(home, Map.of(), false));
        assertEquals(LauncherException.BAD_CONFIG, e.exitCode());
        assertEquals("Setting http.port in configs/polku.properties must be a port number, was 'eighty'", e.getMessage());
    }

    @Test
    void portOutOfRangeFromEnvironmentNamesTheVariable() {
        LauncherException e = assertThrows(LauncherException.class,
                () -> LauncherConfig.load(home, Map.of("POLKU_HTTP_PORT", "70000"), false));
        assertTrue(e.getMessage().contains("environment variable POLKU_HTTP_PORT"), e.getMessage());
        assertTrue(e.getMessage().contains("between 1 and 65535"), e.getMessage());
    }

    @Test
    void unknownSettingIsRefusedSoTyposDoNotPassSilently() throws Exception {
        file("http.prot=8080\n");
        LauncherException e = assertThrows(LauncherException.class, () -> LauncherConfig.load(home, Map.of(), false));
        assertTrue(e.getMessage().startsWith("Setting http.prot in configs/polku.properties is not a known setting"), e.getMessage());
    }

    @Test
    void nonPostgresUrlIsRefused() throws Exception {
        file("db.url=jdbc:mysql://db/polku\ndb.user=x\n");
        LauncherException e = assertThrows(LauncherException.class, () -> LauncherConfig.load(home, Map.of(), false));
        assertTrue(e.getMessage().contains("must be a PostgreSQL JDBC URL"), e.getMessage());
    }

    @Test
    void externalDatabaseNeedsAUser() throws Exception {
        file("db.url=jdbc:postgresql://db:5432/polku\n");
        LauncherException e = assertThrows(LauncherException.class, () -> LauncherConfig.load(home, Map.of(), false));
        assertEquals("Setting db.user in configs/polku.properties is required when db.url is set", e.getMessage());
    }

    @Test
    void unknownModeIsRefused() throws Exception {
        file("mode=test\n");
        LauncherException e = assertThrows(LauncherException.class, () -> LauncherConfig.load(home, Map.of(), false));
        assertTrue(e.getMessage().contains("must be 'production' or 'demo'"), e.getMessage());
    }

    @Test
    void unreadableFileIsOneLineNotAStackTrace() throws Exception {
        Files.createDirectories(home.resolve(LauncherConfig.FILE)); // a folder where the file should be
        LauncherException e = assertThrows(LauncherException.class, () -> LauncherConfig.load(home, Map.of(), false));
        assertTrue(e.getMessage().startsWith("Cannot read "), e.getMessage());
    }

    @Test
    void toStringNeverShowsThePassword() throws Exception {
        file("db.url=jdbc:postgresql://db:5432/polku\ndb.user=polku\ndb.password=s3cret\n");
        assertFalse(LauncherConfig.load(home, Map.of(), false).toString().contains("s3cret"));
    }
}
