package fi.polku.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * PostgreSQL 17 run by the launcher with its data in {@code data/postgres}, so that a restart
 * keeps everything. It listens on localhost only and every connection needs the password kept in
 * {@code data/postgres.password}.
 *
 * <p>Durability is not negotiable: the server runs with {@code fsync}, {@code synchronous_commit}
 * and {@code full_page_writes} on, and the launcher refuses to go on unless the server says so. A
 * write acknowledged to a user is on disk.
 *
 * <p>The server must not outlive the launcher, nor block the next start: a watchdog process
 * stops it when the launcher's JVM ends in any way (its pipe from the JVM closes), and a start
 * that finds a server left behind on its own data folder stops it first. A server that dies
 * while Polku runs is started again; if that fails, the launcher exits so that a service
 * manager sees it.
 */
final class EmbeddedDatabase implements Database {
    static final String DATABASE = "polku";
    static final String PASSWORD_FILE = "postgres.password";
    private static final String LOCK_FILE = "polku.lock";
    private static final int RESTARTS = 3;
    /** The settings that make an acknowledged commit durable, checked after every start. */
    static final List<String> DURABILITY = List.of("fsync", "synchronous_commit", "full_page_writes");

    private final Path bin;
    private final Path pgData;
    private final int port;
    private final String password;
    private final FileLock lock;
    private final Connection connection;
    private volatile Process watchdog;
    private volatile long pid;
    private volatile boolean closing;
    private ScheduledExecutorService watcher;

    private EmbeddedDatabase(Path bin, Path pgData, int port, String password, FileLock lock) {
        this.bin = bin;
        this.pgData = pgData;
        this.port = port;
        this.password = password;
        this.lock = lock;
        this.connection = new Connection("jdbc:postgresql://localhost:" + port + "/" + DATABASE, "postgres", password);
    }

    static EmbeddedDatabase start(Path dataDir, int configuredPort) throws LauncherException {
        SafeFiles.ownerOnlyFolder(dataDir);
        FileLock lock = lockDataFolder(dataDir);
        try {
            Path bin = PostgresBinaries.prepare(dataDir.resolve("postgres-runtime"));
            Path pgData = dataDir.resolve("postgres");
            Path passwordFile = dataDir.resolve(PASSWORD_FILE);
            if (!Files.exists(pgData.resolve("PG_VERSION"))) {
                initdb(bin, pgData, passwordFile);
            }
            PostgresTuning.apply(pgData);
            SafeFiles.check(passwordFile);
            String password = Files.readString(passwordFile).trim();
            EmbeddedDatabase db = new EmbeddedDatabase(bin, pgData, configuredPort > 0 ? configuredPort : freePort(), password, lock);
            db.stopLeftBehindServer();
            db.startServer();
            try {
                db.prepare();
            } catch (SQLException | LauncherException e) {
                db.close(); // a server that failed the durability check is not left running
                throw e instanceof LauncherException l ? l : new LauncherException(LauncherException.DATABASE,
                        "The embedded PostgreSQL started but could not be prepared: " + e.getMessage());
            }
            return db;
        } catch (IOException e) {
            release(lock);
            throw new LauncherException(LauncherException.DATABASE, "Cannot start the embedded PostgreSQL in " + dataDir + ": " + rootMessage(e));
        } catch (LauncherException | RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    /** One launcher per data folder: a second one would take the first one's server for left behind. */
    private static FileLock lockDataFolder(Path dataDir) throws LauncherException {
        try {
            FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new LauncherException(LauncherException.DATABASE,
                        "Another Polku is running on the data folder " + dataDir + "; stop it first, or give this one its own data.dir");
            }
            return lock;
        } catch (IOException e) {
            throw new LauncherException(LauncherException.DATABASE, "Cannot lock the data folder " + dataDir + ": " + e.getMessage());
        }
    }

    /**
     * A new cluster whose superuser has a random password from the start (never a moment of
     * {@code trust}); the password is kept only in {@code data/postgres.password}, owner-only.
     */
    private static void initdb(Path bin, Path pgData, Path passwordFile) throws IOException, LauncherException {
        if (!Files.exists(passwordFile)) {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            Files.writeString(passwordFile, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n");
        }
        if (SafeFiles.posix()) {
            Files.setPosixFilePermissions(passwordFile, SafeFiles.OWNER_ONLY_FILE);
        }
        run(command(bin, "initdb", "-D", pgData.toString(), "-U", "postgres", "-E", "UTF-8",
                "--auth=scram-sha-256", "--pwfile=" + passwordFile), "initdb");
    }

    /**
     * A postmaster whose JVM died (kill -9, out of memory) keeps the data folder. Holding the
     * folder's lock, this launcher knows that no other Polku uses it, so that server is stopped
     * in the orderly way (a fast shutdown: it writes a checkpoint) before a new one starts.
     */
    private void stopLeftBehindServer() throws LauncherException {
        long left = postmasterPid();
        if (left > 0 && PostgresProcesses.runsOn(left, pgData)) {
            Main.log("found a PostgreSQL (pid " + left + ") left running on " + pgData + " by an earlier start that did not end in order; stopping it");
            try {
                run(command(bin, "pg_ctl", "-D", pgData.toString(), "-m", "fast", "-w", "-t", "60", "stop"), "pg_ctl stop");
            } catch (LauncherException e) {
                throw new LauncherException(LauncherException.DATABASE, "A PostgreSQL (pid " + left + ") left running on " + pgData
                        + " did not stop: " + e.getMessage() + ". Stop it (kill " + left + "), then start Polku again.");
            }
            return;
        }
        // The postmaster is gone: server processes it left wind down by themselves within moments.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!PostgresProcesses.on(pgData).isEmpty() && System.nanoTime() < deadline) {
            sleep(200);
        }
        List<ProcessHandle> orphans = PostgresProcesses.on(pgData);
        if (!orphans.isEmpty()) {
            throw new LauncherException(LauncherException.DATABASE, "PostgreSQL processes " + orphans.stream().map(h -> Long.toString(h.pid())).toList()
                    + " still work on " + pgData + " although their server is gone; stop them (kill), then start Polku again.");
        }
        if (left > 0 && Files.exists(pgData.resolve("postmaster.pid"))) {
            // Its process is dead, a zombie or another program now: PostgreSQL could take it for alive.
            try {
                Files.delete(pgData.resolve("postmaster.pid"));
            } catch (IOException e) {
                throw new LauncherException(LauncherException.DATABASE, "Cannot remove the stale " + pgData.resolve("postmaster.pid") + ": " + e.getMessage());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void startServer() throws LauncherException {
        String options = String.join(" ", "-p", Integer.toString(port),
                "-c", "listen_addresses=localhost",
                // TCP only: no socket in /tmp, whose lock file would outlive a killed server.
                "-c", "unix_socket_directories=",
                "-c", "fsync=on", "-c", "synchronous_commit=on", "-c", "full_page_writes=on",
                "-c", "timezone=UTC", "-c", "max_connections=300",
                // The server's log gets no row values: no DETAIL lines, no failing statement's text.
                "-c", "log_error_verbosity=terse", "-c", "log_min_error_statement=panic");
        run(command(bin, "pg_ctl", "-D", pgData.toString(), "-o", options, "-w", "-t", "60", "start"), "pg_ctl start");
        pid = postmasterPid();
        startWatchdog();
    }

    /**
     * A process that waits for its standard input to end, which happens when this JVM ends in any
     * way, even killed; then it stops the server. One is enough for every restart of the server.
     */
    private void startWatchdog() throws LauncherException {
        if (watchdog != null && watchdog.isAlive()) {
            return;
        }
        try {
            List<String> sh = new java.util.ArrayList<>(List.of("/bin/sh", "-c", "cat >/dev/null; exec \"$@\"", "watchdog"));
            sh.addAll(command(bin, "pg_ctl", "-D", pgData.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
            watchdog = new ProcessBuilder(sh)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new LauncherException(LauncherException.DATABASE, "Cannot start the database watchdog: " + e.getMessage());
        }
    }

    /** After an orderly stop: its input ends, it finds no server to stop, and it exits. */
    private void endWatchdog() {
        Process w = watchdog;
        if (w == null) {
            return;
        }
        try {
            w.getOutputStream().close();
            if (!w.waitFor(10, TimeUnit.SECONDS)) {
                w.destroyForcibly();
            }
        } catch (IOException e) {
            w.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The durability check, and the database {@value #DATABASE} created on first start. */
    private void prepare() throws SQLException, LauncherException {
        try (var c = connect("postgres"); Statement s = c.createStatement()) {
            requireDurable(s, "the embedded PostgreSQL");
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
        }
    }

    /** Refuses a server that could lose acknowledged commits: used for the external database too. */
    static void requireDurable(Statement s, String which) throws SQLException, LauncherException {
        for (String setting : DURABILITY) {
            try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                rs.next();
                String value = rs.getString(1);
                if ("off".equals(value)) {
                    throw new LauncherException(LauncherException.DATABASE, which + " runs with " + setting
                            + "=off, which can lose writes already acknowledged to users. Turn it on (postgresql.conf or ALTER SYSTEM) and start again.");
                }
            }
        }
    }

    private java.sql.Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", password);
        p.setProperty("connectTimeout", "10");
        return new org.postgresql.Driver().connect("jdbc:postgresql://localhost:" + port + "/" + database, p);
    }

    /**
     * Watches the server once a second; a server that died is started again (crash recovery
     * replays its log) on the same port, so the pool's next connections find it. After
     * {@value #RESTARTS} failed tries, {@code giveUp} is told.
     */
    void watch(Consumer<String> giveUp) {
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "polku-database-watch");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(() -> {
            if (closing || PostgresProcesses.alive(pid)) {
                return;
            }
            Main.log("WARNING: the embedded PostgreSQL (pid " + pid + ") stopped unexpectedly; starting it again");
            String last = "";
            for (int attempt = 1; attempt <= RESTARTS && !closing; attempt++) {
                try {
                    // Its server processes notice the postmaster is gone and leave within moments.
                    TimeUnit.SECONDS.sleep(attempt);
                    stopLeftBehindServer();
                    startServer();
                    try (var c = connect(DATABASE); Statement s = c.createStatement()) {
                        requireDurable(s, "the embedded PostgreSQL");
                    }
                    Main.log("the embedded PostgreSQL runs again (pid " + pid + ")");
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (LauncherException | SQLException | RuntimeException e) {
                    last = e.getMessage();
                }
            }
            if (!closing) {
                giveUp.accept("The embedded PostgreSQL stopped and could not be started again: " + last);
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    private long postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(pgData.resolve("postmaster.pid"));
            return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    /** The postmaster's process id, so that tests can check nothing is left behind. */
    long pid() {
        return pid;
    }

    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        if (watcher != null) {
            watcher.shutdownNow();
        }
        try {
            run(command(bin, "pg_ctl", "-D", pgData.toString(), "-m", "fast", "-w", "-t", "60", "stop"), "pg_ctl stop");
        } catch (LauncherException e) {
            System.err.println("polku: stopping the embedded PostgreSQL failed: " + e.getMessage());
        }
        endWatchdog();
        release(lock);
    }

    private static void release(FileLock lock) {
        try {
            lock.release();
            lock.channel().close();
        } catch (IOException ignored) {
            // the JVM ends and the lock with it
        }
    }

    /** Runs one of PostgreSQL's programs to its end; its output goes where the launcher's goes. */
    private static void run(List<String> command, String what) throws LauncherException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream in = p.getOutputStream()) {
                // nothing to say to it
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new LauncherException(LauncherException.DATABASE, what + " did not finish in 120 s");
            }
            if (p.exitValue() != 0) {
                throw new LauncherException(LauncherException.DATABASE, what + " failed (exit " + p.exitValue() + "; its messages are above)");
            }
        } catch (IOException e) {
            throw new LauncherException(LauncherException.DATABASE, "Cannot run " + what + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException(LauncherException.DATABASE, what + " was interrupted");
        }
    }

    /**
     * PostgreSQL's programs refuse to run as root; where the launcher runs as root (a container),
     * they run in a user namespace of their own, as zonky runs them.
     */
    static List<String> command(Path bin, String program, String... args) {
        List<String> c = new java.util.ArrayList<>();
        if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
            c.addAll(List.of("unshare", "-U"));
        }
        c.add(bin.resolve(program).toString());
        c.addAll(List.of(args));
        return c;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
