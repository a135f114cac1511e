package fi.polku.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemPackages;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;

import fi.polku.launcher.FrameworkProperties;
import fi.polku.launcher.LauncherConfig;
import fi.polku.launcher.Tiers;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Constants;

/**
 * The Pax Exam configuration every platform test class shares: the bundles of the assembled
 * distribution ({@code platform/distribution/target/polku/system}) in their tiers, in demo mode,
 * on a real PostgreSQL, with copies of the configs and deploy folders that a test may edit.
 */
final class DistributionOptions {
    private DistributionOptions() {}

    static Option[] options() throws Exception {
        Path home = Path.of(System.getProperty("polku.home")).toAbsolutePath().normalize();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = Files.createTempDirectory("polku-itest");
        LauncherConfig config = new LauncherConfig(home, port, LauncherConfig.Mode.DEMO, data, "", "", "", 0,
                LauncherConfig.LogFormat.TEXT, data.resolve("logs"));
        Map<String, String> props = FrameworkProperties.of(config, TestDatabase.jdbcUrl(), "postgres", "", false);
        // Pax Exam keeps its own framework storage and start levels.
        props.remove(Constants.FRAMEWORK_STORAGE);
        props.remove(Constants.FRAMEWORK_STORAGE_CLEAN);
        props.remove(Constants.FRAMEWORK_BEGINNING_STARTLEVEL);
        // Pax Exam adds its own packages to the system packages; ours join them instead of replacing them.
        String extra = props.remove(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA);
        // The distribution's deploy and configs folders are left alone; copies stand in, so a test can edit them.
        Path configs = Files.createDirectories(data.resolve("configs"));
        try (var files = Files.list(home.resolve("configs"))) {
            for (Path f : files.toList()) {
                Files.copy(f, configs.resolve(f.getFileName()));
            }
        }
        props.put("felix.fileinstall.dir", Files.createDirectories(data.resolve("deploy")) + "," + configs);
        props.put("polku.deploy.dir", data.resolve("deploy").toString());
        props.put("polku.configs.dir", configs.toString());
        props.put("polku.test.configs", configs.toString());
        // The test classes of one JVM share one database; each is a cluster of its own, so no class takes another's files.
        props.put("polku.cluster.name", "itest-" + data.getFileName());
        props.put("polku.test.examples", System.getProperty("polku.examples", ""));

        forgetFailedLogins();
        List<Option> options = new ArrayList<>();
        options.add(systemPackages(extra.split(",")));
        props.forEach((k, v) -> options.add(frameworkProperty(k).value(v)));
        options.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        // The distribution's logback.xml, as the launcher sets it, but not watched for changes: the scanning thread would
        // outlive the framework of each test class in this JVM and keep it in memory.
        options.add(systemProperty("logback.configurationFile").value(home.resolve("configs").resolve("logback.xml").toString()));
        options.add(systemProperty("polku.log.dir").value(config.logDir().toString()));
        options.add(systemProperty("polku.log.format").value("text"));
        options.add(systemProperty("polku.log.scan").value("false"));
        options.add(systemProperty("org.jboss.logging.provider").value("slf4j"));
        Tiers tiers = Tiers.scan(home.resolve("system"));
        for (Tiers.Tier tier : tiers.tiers()) {
            for (Path jar : tier.bundles()) {
                options.add(bundle(jar.toUri().toString()).startLevel(tier.startLevel()).start(!isFragment(jar)));
            }
        }
        options.add(junitBundles());
        options.add(cleanCaches(true));
        // The platform takes several seconds to start (Hibernate, Jersey); the probe waits for it.
        options.add(systemTimeout(120_000));
        options.add(systemProperty("pax.exam.service.timeout").value("120000"));
        options.add(frameworkProperty("pax.exam.service.timeout").value("120000"));
        return options.toArray(new Option[0]);
    }

    /**
     * The test classes of one JVM share one database, and every client is 127.0.0.1: one class's
     * wrong passwords (the fuzz pass sends many) must not hold the next class's logins back.
     */
    private static void forgetFailedLogins() {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(TestDatabase.jdbcUrl());
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM security.login_failure");
        } catch (java.sql.SQLException notYet) {
            // the first class of the JVM: the table is created when its platform starts
        }
    }

    private static boolean isFragment(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            return j.getManifest().getMainAttributes().getValue(Constants.FRAGMENT_HOST) != null;
        }
    }
}
