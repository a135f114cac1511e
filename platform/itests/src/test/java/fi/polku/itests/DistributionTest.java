package fi.polku.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assembled distribution run as an administrator runs it: {@code bin/polku} as a separate
 * process, stopped with SIGTERM, started again on the same data.
 */
class DistributionTest {
    private static final Path HOME = Path.of(System.getProperty("polku.home", "../distribution/target/polku")).toAbsolutePath().normalize();
    private static final Path LOGS = Path.of("target", "distribution-logs").toAbsolutePath();

    @TempDir
    Path data;

    @Test
    void startsServesStopsCleanlyAndKeepsDataAcrossRestart() throws Exception {
        int port = freePort();
        Map<String, String> env = Map.of("POLKU_HTTP_PORT", Integer.toString(port), "POLKU_DATA_DIR", data.toString(), "POLKU_MODE", "demo");

        Process first = start(env, "first");
        Api api = new Api(port);
        long t0 = System.nanoTime();
        api.await("health", 200, 180);
        System.out.printf("distribution healthy %.1f s after start%n", (System.nanoTime() - t0) / 1e9);

        assertEquals(200, api.login("caseworker", "polku-demo").status());
        String code = Api.syntheticIdentityCode("050607", 'A', 964);
        Api.Reply created = api.post("v1/customers", Api.customerJson(code, "Kaija", "Kestävä"));
        assertEquals(201, created.status(), created.body().toString());
        String id = created.body().path("id").asText();

        // pg_ctl detaches the server from the launcher, so it is found by its data folder.
        List<Long> postgres = processesUsing(data);
        assertFalse(postgres.isEmpty(), "the embedded PostgreSQL runs on the data folder");
        stop(first, "first");
        assertEquals(List.of(), processesUsing(data), "no postgres process left on the data folder after SIGTERM");

        Process second = start(env, "second");
        api.await("health", 200, 180);
        // Sessions live in PostgreSQL: the session from before the restart is still valid.
        Api.Reply read = api.get("v1/customers/" + id);
        assertEquals(200, read.status(), read.body().toString());
        assertEquals("Kestävä", read.body().path("lastName").asText());
        assertEquals("Kaija", read.body().path("firstName").asText());
        Api.Reply again = api.post("v1/customers", Api.customerJson(code, "Kaija", "Kestävä"));
        assertEquals(409, again.status(), "the customer written before the restart is still registered");
        stop(second, "second");
    }

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

    private Process start(Map<String, String> env, String name) throws IOException {
        Files.createDirectories(LOGS);
        ProcessBuilder pb = new ProcessBuilder(HOME.resolve("bin/polku").toString())
                .redirectErrorStream(true)
                .redirectOutput(LOGS.resolve(name + ".log").toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    /** SIGTERM, as a service manager stops it; then the launcher must say it stopped and exit. */
    private static void stop(Process p, String name) throws Exception {
        p.destroy();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "stopped within 90 s of SIGTERM");
        String log = Files.readString(LOGS.resolve(name + ".log"));
        assertTrue(log.contains("polku: stopped"), "orderly shutdown logged:\n" + log);
    }

    private static List<Long> processesUsing(Path folder) {
        String f = folder.toString();
        return ProcessHandle.allProcesses()
                .filter(h -> h.info().commandLine().map(c -> c.contains(f)).orElse(false))
                .map(ProcessHandle::pid)
                .toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
