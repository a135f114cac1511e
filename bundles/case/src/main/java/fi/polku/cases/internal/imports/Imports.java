package fi.polku.cases.internal.imports;

import fi.polku.api.installation.Installation;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.persistence.PersistenceUnit;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.cases.internal.CaseDatabase;
import fi.polku.cases.internal.i18n.FieldMessages;
import fi.polku.cases.internal.i18n.Language;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.process.Refusals;
import fi.polku.cases.internal.process.ServiceProcess;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports of job seekers, with their open job searches, units and responsible caseworkers, from
 * CSV files ({@link ImportFile}). An upload is checked (readable, the required columns) and
 * answered at once; the rows are then written in the background in batches, each batch and the
 * job's counts in one transaction, so the counts are always what is in the database. A row is
 * checked as a registration is ({@link ImportRow}) and the checked rows written with COPY
 * ({@link BatchCopy}); a bad row is reported with its line and reason and never stops the rest; a
 * person already a customer is left as they are, so importing a file again changes nothing. A batch
 * the database refuses despite the checks goes in again row by row, so only the refused row is
 * rejected.
 * <p>A job survives a restart: its file stays in the database until it ends, and every node looks
 * for unfinished jobs at start and every few seconds; one node at a time works on a job (a
 * PostgreSQL advisory lock held on a connection of its own), so a node that dies hands it on.
 */
@Component(service = Imports.class, configurationPid = "fi.polku.imports")
@Designate(ocd = Imports.Config.class)
public final class Imports {
    private static final Logger LOG = LoggerFactory.getLogger(Imports.class);
    /** The advisory lock class of import jobs ("impt"); the job's own number is the hash of its id. */
    private static final int LOCK_CLASS = 0x696d7074;

    @ObjectClassDefinition(name = "Polku imports", description = "Imports of job seekers from CSV files")
    public @interface Config {
        @AttributeDefinition(description = "Rows written in one transaction", min = "1", max = "10000")
        int batchRows() default 500;

        @AttributeDefinition(description = "Most data rows in one file", min = "1")
        int maxRows() default 250_000;
    }

    /** A job as the API shows it. */
    public record Job(UUID id, String fileName, String state, int total, int processed, int accepted, int unchanged, int rejected,
            String charset, String separator, List<String> ignoredColumns, String failure, Instant createdAt, Instant finishedAt) {}

    /** One problem of a rejected row, in the reader's language. */
    public record Rejection(int line, String column, String reason) {}

    /** Why an imported job search is in its unit, in its unit history. */
    static final String UNIT_REASON = "imported from the national system";

    private final PersistenceUnit unit;
    private final ImportRow rows;
    private final BatchCopy copy;
    private final int batchRows;
    private final int maxRows;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "polku-imports");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopping;
    private final PlatformStart platform;
    private final ServiceProcess process;

    @Activate
    public Imports(@Reference CaseDatabase database, @Reference ServiceProcess process, @Reference Organisation organisation,
            @Reference Installation installation, Config config, org.osgi.framework.BundleContext context) {
        this.unit = database.unit();
        this.process = process;
        this.platform = new PlatformStart(context);
        this.rows = new ImportRow(organisation, process, installation.isDemo());
        this.copy = new BatchCopy(process);
        this.batchRows = Math.max(1, Math.min(10_000, config.batchRows()));
        this.maxRows = Math.max(1, config.maxRows());
        worker.scheduleWithFixedDelay(this::workSafely, 1, 5, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() throws InterruptedException {
        stopping = true; // the batch under way commits or rolls back; the job resumes after it
        platform.close();
        worker.shutdown();
        worker.awaitTermination(20, TimeUnit.SECONDS);
    }

    /** Checks the file and starts its import; a file that cannot be imported is refused (400) and nothing is kept. */
    public Job submit(byte[] content, String fileName, PolkuUser by) {
        String name = fileName == null || fileName.isBlank() ? "import.csv" : fileName.trim();
        if (name.length() > 200 || name.chars().anyMatch(c -> c < 0x20)) {
            throw Refusals.invalid("file", Message.IMPORT_FILE_NAME);
        }
        ImportFile file;
        int total;
        try {
            file = ImportFile.of(content);
            total = file.count();
        } catch (ImportFile.Unreadable e) {
            throw Refusals.invalid("file", e.message, e.args);
        }
        if (total == 0) {
            throw Refusals.invalid("file", Message.IMPORT_FILE_NO_ROWS);
        }
        if (total > maxRows) {
            throw Refusals.invalid("file", Message.IMPORT_FILE_TOO_MANY_ROWS, total, maxRows);
        }
        UUID id = UUID.randomUUID();
        unit.run(em -> em.createNativeQuery("INSERT INTO cases.import_job (id, file_name, sha256, content, charset, separator, "
                + "ignored_columns, state, total, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'running', ?8, ?9, ?10)")
                .setParameter(1, id).setParameter(2, name).setParameter(3, sha256(content)).setParameter(4, content)
                .setParameter(5, file.charset().name()).setParameter(6, String.valueOf(file.separator()))
                .setParameter(7, String.join("\t", file.unknownColumns())).setParameter(8, total).setParameter(9, by.username())
                .setParameter(10, Timestamp.from(Instant.now())).executeUpdate());
        LOG.info("Import {} started: {} rows", id, total);
        worker.execute(this::workSafely);
        return job(id).orElseThrow();
    }

    public Optional<Job> job(UUID id) {
        List<Job> found = jobs("WHERE id = ?1", id);
        return found.stream().findFirst();
    }

    /** The latest jobs, the newest first. */
    public List<Job> latest(int count) {
        return jobs("ORDER BY created_at DESC LIMIT " + Math.max(1, Math.min(100, count)), null);
    }

    /** Every problem of the job's rejected rows, in line order, in {@code language}. */
    public List<Rejection> rejections(UUID id, Language language) {
        String column = "reason_" + language.tag();
        @SuppressWarnings("unchecked")
        List<Object[]> found = unit.inTransaction(em -> em.createNativeQuery("SELECT line, col, " + column
                + " FROM cases.import_rejection WHERE import_id = ?1 ORDER BY line, col").setParameter(1, id).getResultList());
        return found.stream().map(r -> new Rejection(((Number) r[0]).intValue(), (String) r[1], (String) r[2])).toList();
    }

    private List<Job> jobs(String where, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = unit.inTransaction(em -> {
            var q = em.createNativeQuery("SELECT id, file_name, state, total, processed, accepted, unchanged, rejected, charset, "
                    + "separator, ignored_columns, failure, created_at, finished_at FROM cases.import_job " + where);
            if (id != null) {
                q.setParameter(1, id);
            }
            return q.getResultList();
        });
        return found.stream().map(r -> new Job((UUID) r[0], (String) r[1], (String) r[2], n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]),
                (String) r[8], String.valueOf(r[9]), r[10] == null || ((String) r[10]).isEmpty() ? List.of() : List.of(((String) r[10]).split("\t")),
                (String) r[11], instant(r[12]), instant(r[13]))).toList();
    }

    // ---- the background work

    private void workSafely() {
        // Nothing may escape: an exception would end the scheduled runs for good.
        if (!platform.finished()) {
            return; // a job resumed at start waits until the platform is up (the rule sets with it)
        }
        try {
            @SuppressWarnings("unchecked")
            List<UUID> running = unit.inTransaction(em -> em.createNativeQuery(
                    "SELECT id FROM cases.import_job WHERE state = 'running' ORDER BY created_at").getResultList());
            for (UUID id : running) {
                if (stopping) {
                    return;
                }
                onOneNode(id);
            }
        } catch (RuntimeException | java.sql.SQLException e) {
            LOG.debug("Imports not worked on this time: {}", e.toString());
        } catch (Throwable t) {
            LOG.warn("Import work failed; the next round tries again", t);
        }
    }

    private void onOneNode(UUID id) throws java.sql.SQLException {
        try (java.sql.Connection lock = unit.connection()) {
            lock.setAutoCommit(true);
            if (!advisory(lock, "SELECT pg_try_advisory_lock(?, hashtext(?))", id)) {
                return; // another node works on it
            }
            try {
                work(id);
            } finally {
                advisory(lock, "SELECT pg_advisory_unlock(?, hashtext(?))", id);
            }
        }
    }

    private static boolean advisory(java.sql.Connection c, String sql, UUID id) throws java.sql.SQLException {
        try (java.sql.PreparedStatement q = c.prepareStatement(sql)) {
            q.setInt(1, LOCK_CLASS);
            q.setString(2, id.toString());
            try (java.sql.ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Works on a job from where it stands (after its last committed batch) to its end, or until this node stops. */
    private void work(UUID id) {
        Object[] job = unit.inTransaction(em -> (Object[]) em.createNativeQuery(
                "SELECT state, processed, content, created_by FROM cases.import_job WHERE id = ?1").setParameter(1, id).getSingleResult());
        if (!"running".equals(job[0])) {
            return; // finished by another node between the look and the lock
        }
        PolkuUser by = PolkuUser.of((String) job[3], null, Set.of(Role.IT_ADMIN));
        List<ImportFile.Row> batch = new ArrayList<>(batchRows);
        try {
            ImportFile file = ImportFile.of((byte[]) job[2]);
            file.rows(n(job[1]), row -> {
                batch.add(row);
                if (batch.size() == batchRows) {
                    write(id, batch, by);
                    batch.clear();
                }
                return !stopping;
            });
            if (stopping) {
                return;
            }
            write(id, batch, by);
            unit.run(em -> em.createNativeQuery("UPDATE cases.import_job SET state = 'done', finished_at = now(), content = NULL "
                    + "WHERE id = ?1").setParameter(1, id).executeUpdate());
            LOG.info("Import {} done", id);
        } catch (ImportFile.Unreadable e) {
            // Checked at upload, so only a file changed since could get here.
            fail(id, e.message.in(Language.EN, e.args));
        }
    }

    private void fail(UUID id, String why) {
        unit.run(em -> em.createNativeQuery("UPDATE cases.import_job SET state = 'failed', failure = ?2, finished_at = now(), "
                + "content = NULL WHERE id = ?1").setParameter(1, id).setParameter(2, why.length() > 400 ? why.substring(0, 400) : why)
                .executeUpdate());
        LOG.warn("Import {} failed: {}", id, why);
    }

    /** Writes the rows and the job's counts in one transaction; if the database refuses, row by row. */
    private void write(UUID id, List<ImportFile.Row> batch, PolkuUser by) {
        if (batch.isEmpty()) {
            return;
        }
        if (!process.hasRuleSets()) {
            // Every row would be refused for want of a rule set, for good: a platform fault, not the rows'. Later.
            throw new Paused("no rule set is installed; the import goes on from line " + batch.get(0).line() + " when one is", null);
        }
        List<BatchCopy.Numbered> good = new ArrayList<>(batch.size());
        Map<Integer, FieldMessages> bad = new java.util.LinkedHashMap<>();
        for (ImportFile.Row row : batch) {
            FieldMessages problems = new FieldMessages();
            if (rows.check(row, problems) instanceof ImportRow.Checked c) {
                good.add(new BatchCopy.Numbered(row.line(), c));
            } else {
                bad.put(row.line(), problems);
            }
        }
        if (inOneTransaction(id, good, bad, batch.size(), by)) {
            return;
        }
        LOG.info("Import {}: the batch from line {} was refused by the database; writing it row by row", id, batch.get(0).line());
        Map<Integer, BatchCopy.Numbered> byLine = new java.util.HashMap<>();
        good.forEach(n -> byLine.put(n.line(), n));
        // In file order, one row a transaction: the job's `processed` stays the count of rows done from the top, which is
        // where a resumed job goes on from.
        for (ImportFile.Row row : batch) {
            BatchCopy.Numbered n = byLine.get(row.line());
            boolean done = n == null ? inOneTransaction(id, List.of(), Map.of(row.line(), bad.get(row.line())), 1, by)
                    : inOneTransaction(id, List.of(n), Map.of(), 1, by) || inOneTransaction(id, List.of(),
                            Map.of(row.line(), new FieldMessages().add("", Message.IMPORT_NOT_SAVED)), 1, by);
            if (!done) {
                // Not even the row's refusal could be written: the database is away, not the row at fault. Going on would
                // count later batches past this row and skip it for good; the job goes on from here when it is back.
                throw new Paused("the database accepts nothing; the import goes on from line " + row.line() + " later", null);
            }
        }
    }

    /** The rows, the rejections and the job's counts in one transaction; false (nothing written) when the database refused. */
    private boolean inOneTransaction(UUID id, List<BatchCopy.Numbered> good, Map<Integer, FieldMessages> bad, int processed, PolkuUser by) {
        try (java.sql.Connection c = unit.connection()) {
            c.setAutoCommit(false);
            try {
                BatchCopy.Written w = copy.write(c, id, good, by);
                try (java.sql.PreparedStatement q = c.prepareStatement("INSERT INTO cases.import_rejection (import_id, line, col, "
                        + "reason_fi, reason_sv, reason_en) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                    for (Map.Entry<Integer, FieldMessages> e : bad.entrySet()) {
                        for (Map.Entry<String, Map<String, String>> field : e.getValue().texts().entrySet()) {
                            q.setObject(1, id);
                            q.setInt(2, e.getKey());
                            q.setString(3, field.getKey());
                            q.setString(4, field.getValue().get("fi"));
                            q.setString(5, field.getValue().get("sv"));
                            q.setString(6, field.getValue().get("en"));
                            q.addBatch();
                        }
                    }
                    q.executeBatch();
                }
                try (java.sql.PreparedStatement q = c.prepareStatement("UPDATE cases.import_job SET processed = processed + ?, "
                        + "accepted = accepted + ?, unchanged = unchanged + ?, rejected = rejected + ? WHERE id = ?")) {
                    q.setInt(1, processed);
                    q.setInt(2, w.accepted());
                    q.setInt(3, w.unchanged());
                    q.setInt(4, bad.size());
                    q.setObject(5, id);
                    q.executeUpdate();
                }
                c.commit();
                return true;
            } catch (java.sql.SQLException | java.io.IOException | RuntimeException e) {
                c.rollback();
                // Never the database's message: it quotes the row's values (an identity code in a unique-key violation).
                LOG.debug("Import {}: rows refused by the database ({})", id,
                        e instanceof java.sql.SQLException sql ? "SQLState " + sql.getSQLState() : e.getClass().getSimpleName());
                return false;
            }
        } catch (java.sql.SQLException e) {
            throw new Paused("no database connection for the import", e);
        }
    }

    /**
     * The run stops where it stands and the next round goes on from the last committed batch: the
     * database accepts nothing, or no rule set is installed. Not an IllegalStateException, which the
     * CSV reader takes for a broken file.
     */
    static final class Paused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Paused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int n(Object o) {
        return ((Number) o).intValue();
    }

    private static Instant instant(Object o) {
        return o == null ? null : o instanceof Instant i ? i : o instanceof Timestamp t ? t.toInstant()
                : o instanceof java.time.OffsetDateTime d ? d.toInstant() : Instant.parse(o.toString());
    }
}
