package fi.polku.configinstaller.internal;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Map;
import java.util.Objects;
import org.apache.felix.cm.json.io.ConfigurationReader;
import org.apache.felix.cm.json.io.Configurations;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes FileInstall handle {@code *.cfg.json} files the way it handles {@code *.cfg}: a file
 * {@code pid.cfg.json} is the configuration {@code pid}, a file {@code factoryPid~name.cfg.json}
 * one configuration of the factory {@code factoryPid}; editing the file updates it live and
 * deleting the file deletes it. The JSON format is OSGi's (Configurator / Config Admin JSON).
 *
 * <p>A file that cannot be read is logged with the reason and leaves the running configuration
 * as it was, so a typo never takes a working service down.
 */
@Component(service = ArtifactInstaller.class)
public final class JsonConfigInstaller implements ArtifactInstaller {
    private static final Logger LOG = LoggerFactory.getLogger(JsonConfigInstaller.class);
    static final String SUFFIX = ".cfg.json";
    /** Marks configurations that came from a file, so that deleting the file deletes only those. */
    static final String FILE_PROPERTY = "felix.fileinstall.filename";

    private final ConfigurationAdmin configAdmin;

    @Activate
    public JsonConfigInstaller(@Reference ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
    }

    @Override
    public boolean canHandle(File artifact) {
        return artifact.getName().endsWith(SUFFIX);
    }

    @Override
    public void install(File artifact) throws Exception {
        update(artifact);
    }

    @Override
    public void update(File artifact) throws Exception {
        Hashtable<String, Object> props;
        try {
            props = read(artifact);
        } catch (IOException | RuntimeException e) {
            LOG.error("Configuration {} not applied: {}", artifact.getName(), e.getMessage());
            return;
        }
        props.put(FILE_PROPERTY, artifact.toURI().toString());
        Configuration config = configuration(Pid.of(artifact.getName()));
        if (!same(config.getProperties(), props)) {
            config.updateIfDifferent(props);
            LOG.info("Configuration {} applied", artifact.getName());
        }
    }

    @Override
    public void uninstall(File artifact) throws Exception {
        Configuration config = configuration(Pid.of(artifact.getName()));
        config.delete();
        LOG.info("Configuration {} removed", artifact.getName());
    }

    private Configuration configuration(Pid pid) throws IOException {
        // "?" binds the configuration to whichever bundle uses the pid, not to this one.
        return pid.factoryPid() == null
                ? configAdmin.getConfiguration(pid.pid(), "?")
                : configAdmin.getFactoryConfiguration(pid.factoryPid(), pid.name(), "?");
    }

    static Hashtable<String, Object> read(File file) throws IOException {
        try (Reader r = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
            ConfigurationReader reader = Configurations.buildReader().build(r);
            Hashtable<String, Object> props = reader.readConfiguration();
            if (!reader.getIgnoredErrors().isEmpty()) {
                throw new IOException(String.join("; ", reader.getIgnoredErrors()));
            }
            return props;
        }
    }

    private static boolean same(Dictionary<String, Object> current, Map<String, Object> wanted) {
        if (current == null || current.size() - (current.get("service.pid") != null ? 1 : 0)
                - (current.get("service.factoryPid") != null ? 1 : 0) != wanted.size()) {
            return false;
        }
        for (Enumeration<String> keys = current.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            if (!key.equals("service.pid") && !key.equals("service.factoryPid")
                    && !Objects.deepEquals(current.get(key), wanted.get(key))) {
                return false;
            }
        }
        return true;
    }

    /** The configuration a file name stands for. */
    record Pid(String pid, String factoryPid, String name) {
        static Pid of(String fileName) {
            String base = fileName.substring(0, fileName.length() - SUFFIX.length());
            int tilde = base.indexOf('~');
            return tilde < 0 ? new Pid(base, null, null) : new Pid(base, base.substring(0, tilde), base.substring(tilde + 1));
        }
    }
}
