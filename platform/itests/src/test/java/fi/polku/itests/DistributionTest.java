package fi.polku.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assembled distribution's launcher refusing what it cannot run, in one line and with its exit
 * code. (Starting, serving, stopping with SIGTERM and starting again on the same data, with the
 * session from before still valid, is {@link ReliabilityTest}'s, which runs the distribution
 * through a crash and a restore as well.)
 */
class DistributionTest {
    private static final Path HOME = Path.of(System.getProperty("polku.home", "../distribution/target/polku")).toAbsolutePath().normalize();

    @TempDir
    Path data;

    @Test
    void badSettingStopsWithOneLineAndCode2() throws Exception {
        Result r = runToExit(Map.of("POLKU_HTTP_PORT", "eighty", "POLKU_DATA_DIR", data.toString()));
        assertEquals(2, r.exitCode());
        assertEquals("polku: Setting http.port in environment variable POLKU_HTTP_PORT must be a port number, was 'eighty'", r.stderr().strip());
    }

    @Test
    void takenPortStopsWithCode4BeforeTheDatabaseStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            Result r = runToExit(Map.of("POLKU_HTTP_PORT", Integer.toString(taken.getLocalPort()), "POLKU_DATA_DIR", data.toString()));
            assertEquals(4, r.exitCode());
            assertTrue(r.stderr().contains("is already in use"), r.stderr());
            assertFalse(Files.exists(data.resolve("postgres")), "nothing was started");
        }
    }

    @Test
    void unreachableExternalDatabaseStopsWithCode3AndNoStackTrace() throws Exception {
        Result r = runToExit(Map.of("POLKU_HTTP_PORT", Integer.toString(freePort()), "POLKU_DATA_DIR", data.toString(),
                "POLKU_DB_URL", "jdbc:postgresql://127.0.0.1:" + freePort() + "/polku", "POLKU_DB_USER", "polku"));
        assertEquals(3, r.exitCode());
        assertTrue(r.stderr().startsWith("polku: Cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:"), r.stderr());
        assertEquals(1, r.stderr().strip().lines().count(), "one line: " + r.stderr());
        assertFalse(r.stdout().contains("Exception") || r.stderr().contains("Exception"), r.stdout() + r.stderr());
    }

    private record Result(int exitCode, String stdout, String stderr) {}

    private Result runToExit(Map<String, String> env) throws Exception {
        Path out = Files.createTempFile(data, "out", ".log");
        Path err = Files.createTempFile(data, "err", ".log");
        ProcessBuilder pb = new ProcessBuilder(HOME.resolve("bin/polku").toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher exits on bad input");
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
