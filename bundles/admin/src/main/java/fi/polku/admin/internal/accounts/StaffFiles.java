package fi.polku.admin.internal.accounts;

import fi.polku.admin.internal.ConfigFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;

/**
 * Where a member of staff works and which modules a partner's user works for: the files the core
 * reads, {@code configs/fi.polku.caseworker~<username>.cfg.json} (unit, service point) and
 * {@code configs/fi.polku.partner~<username>.cfg.json} (modules). The account itself is in the
 * database; these stay files, so an IT admin may still edit them by hand.
 */
final class StaffFiles {
    private static final String HEADER = "// Written by the admin API (accounts); edit by hand or through PUT /api/v1/admin/accounts/{username}.\n";

    private final Path configs;

    StaffFiles(Path configs) {
        this.configs = configs;
    }

    Path caseworkerFile(String username) {
        return configs.resolve("fi.polku.caseworker~" + username + ".cfg.json");
    }

    Path partnerFile(String username) {
        return configs.resolve("fi.polku.partner~" + username + ".cfg.json");
    }

    synchronized void writeCaseworker(String username, String unit, String servicePoint) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("username", username);
        props.put("unit", unit);
        props.put("servicePoint", servicePoint);
        ConfigFiles.write(caseworkerFile(username), props, HEADER);
    }

    synchronized void writePartner(String username, List<String> modules) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("username", username);
        props.put("modules", modules.toArray(new String[0]));
        ConfigFiles.write(partnerFile(username), props, HEADER);
    }

    /** The modules in the partner's file; empty when there is none. */
    List<String> partnerModules(String username) {
        Path file = partnerFile(username);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Object modules = ConfigFiles.read(file).get("modules");
        if (modules instanceof String[] a) {
            return Arrays.asList(a);
        }
        return modules == null ? List.of() : List.of(String.valueOf(modules));
    }

    /** Removes what no longer applies: a caseworker's place when the account is no longer staff, and the reverse. */
    synchronized void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
