package fi.polku.security.internal;

import fi.polku.api.audit.AuditLog;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.security.accounts.AccountAdministration;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies what {@code bin/polku create-admin} left in {@code configs/}: a file
 * {@code fi.polku.security.admin~<username>.cfg.json} with the IT admin's name and a password
 * hash made by the launcher (never the password). The account is created, or reset when it
 * exists, the act audited as the launcher's, and the file deleted, so the hash does not stay
 * on disk. Whoever can write to {@code configs/} runs the server anyway.
 */
@Component(configurationPid = "fi.polku.security.admin", configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class FirstAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    private static final PolkuUser LAUNCHER = PolkuUser.of("launcher", "bin/polku create-admin", Set.of(Role.IT_ADMIN));
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    @Activate
    public FirstAdmin(@Reference AccountAdministration accounts, @Reference AuditLog audit, Map<String, Object> config) {
        String username = String.valueOf(config.get("username"));
        String displayName = String.valueOf(config.getOrDefault("displayName", username));
        Object hash = config.get("passwordHash");
        if (!USERNAME.matcher(username).matches() || !(hash instanceof String h) || !h.startsWith("pbkdf2-sha256$")) {
            LOG.error("{} not applied: it needs a username (lower case letters, digits, . _ -) and a passwordHash made by "
                    + "bin/polku create-admin", config.get("felix.fileinstall.filename"));
            delete(config.get("felix.fileinstall.filename"));
            return;
        }
        // Should this fail (the database is down), the file stays and the next start tries again.
        boolean created = accounts.installAdministrator(username, displayName, h);
        audit.record(LAUNCHER, null, created ? "account.create" : "account.password-set",
                "account " + username + (created ? " created as IT admin" : ": IT admin role, password set and activated"));
        LOG.info("IT admin account {} {} by bin/polku create-admin", username, created ? "created" : "reset");
        delete(config.get("felix.fileinstall.filename"));
    }

    private static void delete(Object fileUri) {
        if (fileUri == null) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(URI.create(fileUri.toString())));
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not delete {}: delete it by hand ({})", fileUri, e.getMessage());
        }
    }
}
