package fi.polku.benchmarks;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * An import of job seekers from a CSV file through the API, against PostgreSQL's own {@code COPY}
 * of the same rows into the same tables with the same indexes: every row the import wrote (the
 * customers, their job searches, unit history, tasks and audit events) is copied out, deleted and
 * copied in again, timed. The ratio is what checking each row as a registration, the rule sets'
 * tasks and exactly-once batches cost beyond writing the rows.
 *
 * <p>Usage: {@code mvn -q -DskipTests install && mvn -q -pl benchmarks exec:java
 * -Dexec.mainClass=fi.polku.benchmarks.ImportBenchmark -Dexec.args=100000}. Prints figures; asserts nothing.
 */
public final class ImportBenchmark {
    private static final String[] FIRST = {"Aino", "Eero", "Helmi", "Juha", "Kaisa", "Lauri", "Maria", "Mikko", "Niina", "Onni"};
    private static final String[] LAST = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Koskinen"};
    private static final String[] MUNICIPALITIES = {"285", "285", "285", "075", "075", "624", "935", "489"};
    private static final String[] UNITS = {"alkuvaihe", "alkuvaihe", "ohjaus", "monialainen"};
    private static final String[] STATUSES = {"työtön", "työtön", "työtön", "lomautettu", "osa-aikatyössä"};
    /** The tables an import writes, each with the rows of this import. */
    private static final Map<String, String> ROWS = new LinkedHashMap<>();

    static {
        String customers = "SELECT id FROM cases.customer WHERE created_by = 'admin' AND last_name LIKE 'Tuonti%'";
        ROWS.put("cases.customer", "SELECT * FROM cases.customer WHERE id IN (" + customers + ")");
        ROWS.put("cases.job_search_period", "SELECT * FROM cases.job_search_period WHERE customer_id IN (" + customers + ")");
        ROWS.put("cases.unit_assignment", "SELECT * FROM cases.unit_assignment WHERE period_id IN "
                + "(SELECT id FROM cases.job_search_period WHERE customer_id IN (" + customers + "))");
        ROWS.put("cases.task", "SELECT * FROM cases.task WHERE customer_id IN (" + customers + ")");
        ROWS.put("cases.audit_event", "SELECT * FROM cases.audit_event WHERE action = 'customer.create' AND customer_id IN (" + customers + ")");
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        byte[] file = csv(rows);
        System.out.printf("machine: %d cores; a file of %,d rows, %.1f MB%n", Runtime.getRuntime().availableProcessors(), rows, file.length / 1e6);
        try (Distribution polku = Distribution.start()) {
            polku.awaitHealthy();
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String body = http.send(HttpRequest.newBuilder(URI.create(polku.api + "session")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"admin\", \"password\": \"polku-demo\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String csrf = field(body, "csrfToken");
            long t0 = System.nanoTime();
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(polku.api + "v1/admin/imports?file=bench.csv"))
                    .header("Content-Type", "text/csv").header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 202) {
                throw new IllegalStateException("import refused: " + started.body());
            }
            String id = field(started.body(), "id");
            double answered = (System.nanoTime() - t0) / 1e9;
            String job;
            do {
                Thread.sleep(500);
                job = http.send(HttpRequest.newBuilder(URI.create(polku.api + "v1/admin/imports/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            } while (job.contains("\"state\":\"running\""));
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("IMPORT through the API: answered in %.2f s; %,d rows in %.1f s = %,.0f rows/s (%s)%n", answered, rows,
                    importSeconds, rows / importSeconds, job);

            try (Connection c = polku.jdbc()) {
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                Map<String, String> data = new LinkedHashMap<>();
                long written = 0;
                for (Map.Entry<String, String> table : ROWS.entrySet()) {
                    StringWriter out = new StringWriter();
                    written += copy.copyOut("COPY (" + table.getValue() + ") TO STDOUT", out);
                    data.put(table.getKey(), out.toString());
                }
                try (Statement s = c.createStatement()) {
                    // Children first; the audit events and customers last.
                    for (String table : new String[] {"cases.task", "cases.unit_assignment", "cases.job_search_period", "cases.audit_event",
                        "cases.customer"}) {
                        s.executeUpdate("DELETE FROM " + table + " WHERE ctid IN (SELECT ctid FROM (" + ROWS.get(table).replace("SELECT *",
                                "SELECT " + table + ".ctid") + ") x)");
                    }
                    s.execute("VACUUM cases.customer, cases.job_search_period, cases.unit_assignment, cases.task, cases.audit_event");
                }
                long c0 = System.nanoTime();
                c.setAutoCommit(false);
                for (String table : new String[] {"cases.customer", "cases.job_search_period", "cases.unit_assignment", "cases.task",
                    "cases.audit_event"}) {
                    copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(data.get(table)));
                }
                c.commit();
                double copySeconds = (System.nanoTime() - c0) / 1e9;
                System.out.printf("COPY of the same %,d rows (%,d database rows: customers, job searches, unit history, tasks, audit) "
                        + "into the same tables: %.1f s = %,.0f rows/s%n", rows, written, copySeconds, rows / copySeconds);
                System.out.printf("RATIO import / COPY: %.1f %% of COPY's rate%n", 100 * copySeconds / importSeconds);
            }
        }
    }

    /** The file: job seekers in every unit, a few without a job search, Finnish values as the national systems write them. */
    static byte[] csv(int rows) {
        StringBuilder out = new StringBuilder("henkilotunnus;etunimet;sukunimi;kotikunta;asiointikieli;puhelin;lahiosoite;postinumero;"
                + "postitoimipaikka;tyonhaku_alkanut;tilanne;yksikko;vastuuvirkailija\r\n");
        SplittableRandom r = new SplittableRandom(42);
        LocalDate today = LocalDate.now();
        for (int i = 0; i < rows; i++) {
            // 336 birth dates a year over 30 years, each with the individual numbers 900-999.
            int date = i % (336 * 30);
            String ddmmyy = String.format("%02d%02d%02d", 1 + date % 28, 1 + date / 28 % 12, 60 + date / 336);
            String digits = ddmmyy + (900 + i / (336 * 30));
            char check = "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(digits) % 31));
            boolean searching = r.nextInt(10) != 0;
            out.append(ddmmyy).append('-').append(900 + i / (336 * 30)).append(check).append(';')
                    .append(FIRST[r.nextInt(FIRST.length)]).append(';').append("Tuonti").append(LAST[r.nextInt(LAST.length)]).append(';')
                    .append(MUNICIPALITIES[r.nextInt(MUNICIPALITIES.length)]).append(";fi;040 ").append(1_000_000 + r.nextInt(8_999_999))
                    .append(";Tuontitie ").append(1 + r.nextInt(60)).append(";48100;Kotka;");
            if (searching) {
                LocalDate start = today.minusDays(r.nextInt(300));
                out.append(start.getDayOfMonth()).append('.').append(start.getMonthValue()).append('.').append(start.getYear()).append(';')
                        .append(STATUSES[r.nextInt(STATUSES.length)]).append(';').append(UNITS[r.nextInt(UNITS.length)]).append(';')
                        .append(r.nextInt(3) == 0 ? "caseworker" : "");
            } else {
                out.append(";;;");
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(at, json.indexOf('"', at));
    }
}
