package fi.polku.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The assembled distribution started as an administrator starts it ({@code bin/polku --demo}) on
 * an installation of its own, a fresh data folder and a free port, for the browser tests; stopped with SIGTERM.
 */
final class DemoPlatform implements AutoCloseable {
    private static final Path LOGS = Path.of("target", "distribution-logs").toAbsolutePath();

    final int port;
    final Path data;
    /** Its own installation: what it writes to configs/ or deploy/ stays with it. */
    final Path home;
    private final Process process;

    /** Starts it and waits until it is healthy; the log goes to {@code target/distribution-logs/<name>.log}. */
    DemoPlatform(String name) throws IOException {
        home = Installation.create(name);
        data = Files.createTempDirectory("polku-" + name);
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.createDirectories(LOGS);
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/polku").toString(), "--demo")
                .redirectErrorStream(true).redirectOutput(LOGS.resolve(name + ".log").toFile());
        pb.environment().put("POLKU_HTTP_PORT", Integer.toString(port));
        pb.environment().put("POLKU_DATA_DIR", data.resolve("data").toString());
        process = pb.start();
        new Api(port).await("health", 200, 180);
    }

    /**
     * A client logged in as one of the demo accounts. Health answers UP once the database and the
     * core's bundles are; the REST whiteboard may still be adding resources (the module tier starts
     * right then), so a 404 or 503 is tried again for a while. Any other refusal fails at once, with
     * what the platform answered.
     */
    Api login(String username) {
        Api api = new Api(port);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Api.Reply r = api.login(username, "polku-demo");
        while ((r.status() == 404 || r.status() == 503) && System.nanoTime() < end) {
            sleep();
            r = api.login(username, "polku-demo");
        }
        int status = r.status();
        String raw = r.raw().body() == null ? "" : r.raw().body();
        String body = raw.substring(0, Math.min(raw.length(), 300));
        assertTrue(status == 200, () -> username + " logs in; the platform answered " + status + " " + body);
        return api;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the platform stops on SIGTERM");
    }
}
