package fi.polku.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Cold start of the distribution (empty data folder: initdb, every migration, the demo data) to
 * its first healthy answer, against Apache Felix with only the web stack's bundles to its first
 * HTTP answer, on the same machine, alternated, N times each (default 5): medians and the ratio.
 *
 * <p>Usage: {@code mvn -q -DskipTests install && mvn -q -pl benchmarks exec:java
 * -Dexec.mainClass=fi.polku.benchmarks.ColdStartBenchmark -Dexec.args=5}. Prints figures; asserts nothing.
 */
public final class ColdStartBenchmark {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private ColdStartBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path home = Path.of(System.getProperty("polku.home", "platform/distribution/target/polku")).toAbsolutePath().normalize();
        double[] polku = new double[runs];
        double[] bare = new double[runs];
        for (int i = 0; i < runs; i++) {
            bare[i] = bare(home);
            long t0 = System.nanoTime();
            try (Distribution d = Distribution.start()) {
                firstAnswer(URI.create(d.api + "health"), true);
                polku[i] = (System.nanoTime() - t0) / 1e9;
            }
            System.out.printf("run %d: bare Felix with the web stack %.2f s, Polku (empty data folder) %.2f s%n", i + 1, bare[i], polku[i]);
        }
        double p = median(polku);
        double b = median(bare);
        System.out.printf("COLD START median: Polku %.2f s to its first healthy answer, bare Felix with the web stack %.2f s to its "
                + "first HTTP answer; RATIO %.1f x%n", p, b, p / b);
    }

    private static double bare(Path home) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path storage = Files.createTempDirectory("bare-felix");
        String cp = home.resolve("lib").toFile().listFiles((dir, name) -> name.startsWith("org.apache.felix.framework"))[0]
                + java.io.File.pathSeparator + Path.of(BareFelix.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        long t0 = System.nanoTime();
        Process felix = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
                BareFelix.class.getName(), home.resolve("system").toString(), Integer.toString(port), storage.toString())
                .redirectErrorStream(true).redirectOutput(storage.resolveSibling(storage.getFileName() + ".log").toFile()).start();
        try {
            firstAnswer(URI.create("http://localhost:" + port + "/"), false);
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            felix.destroy();
            felix.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Polls every 20 ms until the server answers (any status; with {@code healthy}, 200). */
    private static void firstAnswer(URI uri, boolean healthy) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < end) {
            try {
                int status = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (!healthy || status == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no answer from " + uri + " within 3 minutes");
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
