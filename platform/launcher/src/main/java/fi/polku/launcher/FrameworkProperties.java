package fi.polku.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.Constants;

/**
 * The framework properties of a Polku installation: where Felix keeps its cache, what
 * FileInstall watches, the database. Public so that the integration tests start Felix exactly
 * as the launcher does.
 */
public final class FrameworkProperties {
    private FrameworkProperties() {}

    /**
     * The properties for a configuration and a database.
     *
     * @param interactive true when a person sits at a terminal, which gets the Gogo shell prompt
     */
    public static Map<String, String> of(LauncherConfig config, String dbUrl, String dbUser, String dbPassword, boolean interactive) {
        Path home = config.home();
        Map<String, String> p = new HashMap<>();
        p.put(Constants.FRAMEWORK_STORAGE, config.dataDir().resolve("felix-cache").toString());
        // Each launch installs the distribution afresh, so an upgraded installation never runs stale bundles.
        p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        p.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "1");
        // Jersey, HK2 and Hibernate's byte code tools look for these JDK internals when present.
        p.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "sun.misc,sun.reflect");
        p.put("org.osgi.service.http.port", Integer.toString(config.httpPort()));
        p.put("org.apache.felix.http.host", "0.0.0.0");
        p.put("felix.fileinstall.dir", home.resolve("deploy") + "," + home.resolve("configs"));
        // Where the admin API writes: an uploaded bundle into deploy/, a changed mapping into configs/.
        p.put("polku.deploy.dir", home.resolve("deploy").toString());
        p.put("polku.configs.dir", home.resolve("configs").toString());
        // A tenth of a second: an uploaded module or a changed mapping takes effect within it (replacing a module in under
        // a second, issue 20); a scan of two small folders costs a few stat calls.
        p.put("felix.fileinstall.poll", "100");
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.enableConfigSave", "false");
        p.put("felix.fileinstall.log.level", "2");
        p.put("felix.fileinstall.filter", ".*\\.(jar|cfg|config|cfg\\.json)");
        p.put("felix.log.level", "1");
        p.put("ds.loglevel", "warn");
        if (!interactive) {
            // Without a terminal the Gogo shell would read end-of-input and stop the framework.
            p.put("gosh.args", "--nointeractive");
        }
        p.put("polku.home", home.toString());
        // How this node is named among the nodes on one database (the admin page, health): host and HTTP port.
        p.put("polku.node.name", hostName() + ":" + config.httpPort());
        p.put("polku.mode", config.mode().name().toLowerCase(java.util.Locale.ROOT));
        p.put("polku.db.url", dbUrl);
        p.put("polku.db.user", dbUser);
        p.put("polku.db.password", dbPassword);
        return p;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

}
