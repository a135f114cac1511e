package fi.polku.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path home;

    @Test
    void argumentsAreParsed() throws Exception {
        Main.Arguments a = Main.Arguments.parse(new String[] {"--demo", "--home", home.toString()});
        assertTrue(a.demo());
        assertEquals(home.toAbsolutePath().normalize(), a.home());
    }

    @Test
    void unknownOptionIsRefusedWithUsage() {
        LauncherException e = assertThrows(LauncherException.class, () -> Main.Arguments.parse(new String[] {"--dmeo"}));
        assertEquals(LauncherException.BAD_CONFIG, e.exitCode());
        assertTrue(e.getMessage().startsWith("Unknown option '--dmeo'"));
        assertTrue(e.getMessage().contains("Usage: polku"));
    }

    @Test
    void backupAndRestoreNameOneFile() throws Exception {
        Main.Arguments b = Main.Arguments.parse(new String[] {"backup", "polku.zip", "--home", home.toString()});
        assertEquals("backup", b.command());
        assertEquals(Path.of("polku.zip").toAbsolutePath().normalize(), b.file());
        assertEquals("restore", Main.Arguments.parse(new String[] {"restore", "/backups/polku.zip"}).command());
        LauncherException noFile = assertThrows(LauncherException.class, () -> Main.Arguments.parse(new String[] {"backup"}));
        assertTrue(noFile.getMessage().startsWith("backup needs one file"));
        assertThrows(LauncherException.class, () -> Main.Arguments.parse(new String[] {"backup", "a.zip", "restore", "b.zip"}));
        assertEquals(null, Main.Arguments.parse(new String[] {"--demo"}).command());
    }

    @Test
    void createAdminNamesAUserAndAFullName() throws Exception {
        Main.Arguments a = Main.Arguments.parse(new String[] {"create-admin", "ilona", "Ilona", "Ylläpitäjä", "--home", home.toString()});
        assertEquals("create-admin", a.command());
        assertEquals("ilona", a.username());
        assertEquals("Ilona Ylläpitäjä", a.displayName());
        assertEquals(null, Main.Arguments.parse(new String[] {"create-admin", "ilona"}).displayName());
        LauncherException none = assertThrows(LauncherException.class, () -> Main.Arguments.parse(new String[] {"create-admin"}));
        assertTrue(none.getMessage().startsWith("create-admin needs a username"));
    }

    @Test
    void createAdminRefusesAShortPasswordOrOneWithTheUsername() {
        LauncherException shortOne = assertThrows(LauncherException.class, () -> CreateAdmin.check("ilona", "lyhyt".toCharArray()));
        assertEquals(LauncherException.BAD_CONFIG, shortOne.exitCode());
        assertTrue(shortOne.getMessage().contains("15 to 256 characters"));
        assertThrows(LauncherException.class, () -> CreateAdmin.check("ilona", "ilona-ilona-ilona-1".toCharArray()));
        assertThrows(LauncherException.class, () -> CreateAdmin.check("ilona", "x".repeat(257).toCharArray()));
    }

    @Test
    void createAdminHashesInTheSecurityBundlesForm() throws Exception {
        String h = CreateAdmin.hash("kuusi pientä kissaa".toCharArray());
        String[] parts = h.split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(16, java.util.Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, java.util.Base64.getDecoder().decode(parts[3]).length);
        assertTrue(!h.equals(CreateAdmin.hash("kuusi pientä kissaa".toCharArray())), "a new salt each time");
    }

    @Test
    void homeWithoutFolderIsRefused() {
        assertThrows(LauncherException.class, () -> Main.Arguments.parse(new String[] {"--home"}));
    }

    @Test
    void takenPortIsReportedBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            LauncherException e = assertThrows(LauncherException.class, () -> Main.checkPortFree(taken.getLocalPort()));
            assertEquals(LauncherException.PORT_TAKEN, e.exitCode());
            assertTrue(e.getMessage().contains("HTTP port " + taken.getLocalPort() + " is already in use"));
        }
    }

    @Test
    void folderWithoutSystemBundlesIsNotAnInstallation() {
        LauncherException e = assertThrows(LauncherException.class, () -> Tiers.scan(home.resolve("system")));
        assertTrue(e.getMessage().contains("is this a Polku installation?"));
    }

    @Test
    void tiersAreOrderedByStartLevelAndOnlyJarsCount() throws Exception {
        Files.createDirectories(home.resolve("system/10-late"));
        Files.createDirectories(home.resolve("system/2-osgi"));
        Files.createDirectories(home.resolve("system/notes"));
        Files.writeString(home.resolve("system/2-osgi/a.jar"), "");
        Files.writeString(home.resolve("system/2-osgi/readme.txt"), "");
        Files.writeString(home.resolve("system/10-late/b.jar"), "");
        Tiers t = Tiers.scan(home.resolve("system"));
        assertEquals(2, t.tiers().size());
        assertEquals(2, t.tiers().get(0).startLevel());
        assertEquals(10, t.highestLevel());
        assertEquals(2, t.bundleCount());
    }

    @Test
    void unreachableExternalDatabaseIsOneClearLine() throws Exception {
        int freePort;
        try (ServerSocket s = new ServerSocket(0)) {
            freePort = s.getLocalPort(); // closed again: nothing listens there
        }
        LauncherException e = assertThrows(LauncherException.class,
                () -> ExternalDatabase.connect("jdbc:postgresql://127.0.0.1:" + freePort + "/polku", "polku", "x"));
        assertEquals(LauncherException.DATABASE, e.exitCode());
        assertTrue(e.getMessage().startsWith("Cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:" + freePort + "/polku as polku: "),
                e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }
}
