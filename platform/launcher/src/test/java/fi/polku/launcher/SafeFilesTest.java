package fi.polku.launcher;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

class SafeFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFolderItCreatesIsTheOwnersAlone() throws Exception {
        Path data = dir.resolve("data");
        SafeFiles.ownerOnlyFolder(data);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
    }

    @Test
    void anythingOthersCanWriteIsRefusedWithWhatToDo() throws Exception {
        Path system = Files.createDirectories(dir.resolve("system/1-core"));
        Path jar = Files.writeString(system.resolve("a.jar"), "x");
        assertDoesNotThrow(() -> SafeFiles.checkInstallation(dir));
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-rw-rw-"));
        LauncherException e = assertThrows(LauncherException.class, () -> SafeFiles.checkInstallation(dir));
        assertEquals(LauncherException.UNSAFE_FILES, e.exitCode());
        assertTrue(e.getMessage().contains("chmod go-w '" + jar + "'"), e.getMessage());
    }

    @Test
    void unpackingKeepsEverythingInsideAndOwnerOnly() throws Exception {
        Path target = Files.createDirectories(dir.resolve("pg"));
        PostgresBinaries.unpack(txz("bin/pg_ctl", 0755, "lib/libpq.so", 0644), target);
        assertEquals("r-x------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("bin/pg_ctl"))));
        assertEquals("r--------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("lib/libpq.so"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("bin"))));
        assertDoesNotThrow(() -> SafeFiles.checkTree(target));

        Path other = Files.createDirectories(dir.resolve("other"));
        assertThrows(java.io.IOException.class, () -> PostgresBinaries.unpack(txz("../escaped", 0644), other));
        assertTrue(Files.notExists(dir.resolve("escaped")), "nothing written outside");
    }

    /** A .txz of files named with their modes, as PostgreSQL's archive is made. */
    private static byte[] txz(Object... nameAndMode) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZOutputStream(bytes, new LZMA2Options()))) {
            for (int i = 0; i < nameAndMode.length; i += 2) {
                byte[] content = "content".getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry e = new TarArchiveEntry((String) nameAndMode[i]);
                e.setMode((Integer) nameAndMode[i + 1]);
                e.setSize(content.length);
                tar.putArchiveEntry(e);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }
}
