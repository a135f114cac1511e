package fi.polku.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/**
 * The assembled distribution run for a benchmark: {@code bin/polku} in demo mode on a free port
 * and a fresh data folder, stopped with SIGTERM and its folder removed afterwards (kept with
 * {@code -Dpolku.bench.keep=true}).
 */
final class Distribution implements AutoCloseable {
    final int port;
    final int dbPort;
    final String api;
    final Path data;
    private final Process process;

    private Distribution(int port, int dbPort, Path data, Process process) {
        this.port = port;
        this.dbPort = dbPort;
        this.api = "http://localhost:" + port + "/api/";
        this.data = data;
        this.process = process;
    }

    static Distribution start() throws IOException {
        return start(null);
    }

    /**
     * A node; with {@code first}, a further node of the same cluster, on the first node's embedded database (as the
     * README's "Several nodes on one database" shows).
     */
    static Distribution start(Distribution first) throws IOException {
        Path home = Path.of(System.getProperty("polku.home", "platform/distribution/target/polku")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("polku-bench");
        int port;
        int dbPort;
        try (ServerSocket s = new ServerSocket(0); ServerSocket d = new ServerSocket(0)) {
            port = s.getLocalPort();
            dbPort = d.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/polku").toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("polku.log").toFile());
        pb.environment().put("POLKU_HTTP_PORT", Integer.toString(port));
        pb.environment().put("POLKU_DATA_DIR", data.toString());
        pb.environment().put("POLKU_MODE", "demo");
        if (first == null) {
            pb.environment().put("POLKU_DB_EMBEDDED_PORT", Integer.toString(dbPort));
        } else {
            dbPort = first.dbPort;
            pb.environment().put("POLKU_DB_URL", "jdbc:postgresql://localhost:" + dbPort + "/polku");
            pb.environment().put("POLKU_DB_USER", "postgres");
            pb.environment().put("POLKU_DB_PASSWORD", Files.readString(first.data.resolve("postgres.password")).trim());
        }
        return new Distribution(port, dbPort, data, pb.start());
    }

    /** Waits for the first healthy answer, then a moment for the demo population to settle. */
    void awaitHealthy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < end) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(api + "health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    Thread.sleep(3_000);
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Polku did not become healthy within 3 minutes; see " + data.resolve("polku.log"));
    }

    /** A JDBC connection to the embedded database, as the platform's own user (the password is in the data folder). */
    java.sql.Connection jdbc() throws Exception {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", Files.readString(data.resolve("postgres.password")).trim());
        return new org.postgresql.Driver().connect("jdbc:postgresql://localhost:" + dbPort + "/polku", p);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor(90, TimeUnit.SECONDS);
        if (Boolean.getBoolean("polku.bench.keep")) {
            System.out.println("data folder kept: " + data);
            return;
        }
        try (var files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
