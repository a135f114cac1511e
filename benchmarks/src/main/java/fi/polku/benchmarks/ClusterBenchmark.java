package fi.polku.benchmarks;

import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of a caseworker mix with one node, and with two nodes on one database behind HAProxy
 * (docs/haproxy/polku.cfg), on the same machine and the same data: the ratio says what a second
 * node adds here, and the figures beside it what limits it (on one machine, the nodes and
 * PostgreSQL share its cores).
 *
 * <p>Usage: {@code mvn -q -DskipTests install && mvn -q -pl benchmarks exec:java
 * -Dexec.mainClass=fi.polku.benchmarks.ClusterBenchmark -Dexec.args="8 30"} (caseworker threads,
 * seconds per run). Needs {@code /usr/sbin/haproxy}. Prints figures; asserts nothing.
 */
public final class ClusterBenchmark {
    /** The birth year of the people each run registers: another for every run, so none is registered twice. */
    private static final AtomicLong RUNS = new AtomicLong(System.nanoTime() % 50);

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        System.out.printf("machine: %d cores; %d caseworker threads, %d s a run%n", Runtime.getRuntime().availableProcessors(), threads, seconds);
        try (Distribution node1 = Distribution.start()) {
            node1.awaitHealthy();
            run("warm-up, one node", node1.port, threads, 10);
            double one = run("ONE NODE", node1.port, threads, seconds);
            try (Distribution node2 = Distribution.start(node1)) {
                node2.awaitHealthy();
                int lb;
                try (ServerSocket s = new ServerSocket(0)) {
                    lb = s.getLocalPort();
                }
                Path config = Path.of("docs/haproxy/polku.cfg").toAbsolutePath();
                ProcessBuilder pb = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", config.toString())
                        .redirectErrorStream(true).redirectOutput(Files.createTempFile("haproxy", ".log").toFile());
                pb.environment().putAll(Map.of("LB_BIND", "127.0.0.1:" + lb, "NODE1", "127.0.0.1:" + node1.port,
                        "NODE2", "127.0.0.1:" + node2.port));
                Process haproxy = pb.start();
                try {
                    Thread.sleep(3_000); // two health checks a second apart bring both nodes in
                    run("warm-up, two nodes", lb, threads, 10);
                    double two = run("TWO NODES behind HAProxy", lb, threads, seconds);
                    System.out.printf("RATIO two nodes / one node: %.2f%n", two / one);
                } finally {
                    haproxy.destroy();
                }
            }
        }
    }

    /** The mix: the worklist, a unit's queue, a name search, a customer's page, a registration; requests a second. */
    private static double run(String what, int port, int threads, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long runId = RUNS.getAndIncrement() % 100;
        for (int t = 0; t < threads; t++) {
            int worker = t;
            Thread th = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
                String base = "http://localhost:" + port + "/api/";
                try {
                    String csrf = login(http, base);
                    for (int i = 0; !stop.get(); i++) {
                        String path = switch (i % 5) {
                            case 0 -> "v1/worklist?limit=100";
                            case 1 -> "v1/units/initial/queue?limit=100";
                            case 2 -> "v1/customers?q=vir";
                            case 3 -> "v1/customers?q=kor";
                            default -> null;
                        };
                        HttpRequest.Builder b;
                        if (path != null) {
                            b = HttpRequest.newBuilder(URI.create(base + path)).GET();
                        } else {
                            b = HttpRequest.newBuilder(URI.create(base + "v1/customers")).header("Content-Type", "application/json")
                                    .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofString(customer(runId, worker, i / 5)));
                        }
                        int status = http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status < 300 ? done : failed).incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            });
            th.start();
            workers.add(th);
        }
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread th : workers) {
            th.join(60_000);
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double rate = done.get() / elapsed;
        System.out.printf("%s: %,d requests in %.1f s = %.0f requests/s, %d failed%n", what, done.get(), elapsed, rate, failed.get());
        return rate;
    }

    private static String login(HttpClient http, String base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"caseworker\", \"password\": \"polku-demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = r.body();
        int at = body.indexOf("\"csrfToken\":\"") + 13;
        return body.substring(at, body.indexOf('"', at));
    }

    /** A synthetic person (individual numbers 900-999) that no other run, thread or iteration uses. */
    private static String customer(long run, int worker, int i) {
        String ddmmyy = String.format("%02d%02d%02d", 1 + i % 28, 1 + i / 28 % 12, run);
        int individual = 900 + worker * 10 + i / 336 % 10;
        String digits = ddmmyy + String.format("%03d", individual);
        char check = "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(digits) % 31));
        return "{\"identityCode\": \"" + ddmmyy + "-" + String.format("%03d", individual) + check + "\", \"firstName\": \"Kuorma\", "
                + "\"lastName\": \"Mittari\", \"municipalityCode\": \"285\", \"language\": \"fi\"}";
    }
}
