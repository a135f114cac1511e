package fi.polku.launcher;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * {@code bin/polku create-admin USERNAME [FULL NAME]}: the first IT admin of a production
 * installation (which has no account with a known password), or the way back in when every IT
 * admin's password is lost. The password is asked at the terminal (twice) or read from the first
 * line of standard input; only its hash leaves this process, in
 * {@code configs/fi.polku.security.admin~USERNAME.cfg.json} (owner-only), which the running
 * platform applies within seconds, or the next start does, and then deletes. The hash has the
 * security bundle's form, PBKDF2-HMAC-SHA256 with 210,000 iterations and a 16-byte salt.
 */
final class CreateAdmin {
    static final String USERNAME = "[a-z][a-z0-9._-]{1,63}";
    /** As the security bundle's password rules: NIST SP 800-63B-4 for a password that is the only factor. */
    static final int MIN_LENGTH = 15;
    static final int MAX_LENGTH = 256;
    private static final int ITERATIONS = 210_000;

    private CreateAdmin() {}

    static String run(LauncherConfig config, String username, String displayName) throws LauncherException {
        if (username == null || !username.matches(USERNAME)) {
            throw new LauncherException(LauncherException.BAD_CONFIG,
                    "A username is 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter: polku create-admin USERNAME [FULL NAME]");
        }
        String name = displayName == null || displayName.isBlank() ? username : displayName.trim();
        if (name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw new LauncherException(LauncherException.BAD_CONFIG, "The full name is at most 200 characters, without control characters");
        }
        Path configs = config.home().resolve("configs");
        if (!Files.isDirectory(configs)) {
            throw new LauncherException(LauncherException.BAD_CONFIG, "No configs folder at " + configs);
        }
        char[] password = readPassword();
        try {
            check(username, password);
            Path file = configs.resolve("fi.polku.security.admin~" + username + ".cfg.json");
            write(file, "// Written by bin/polku create-admin: the platform creates (or resets) this IT admin and deletes the file.\n"
                    + "{\n  \"username\": \"" + username + "\",\n  \"displayName\": \"" + json(name) + "\",\n  \"passwordHash\": \""
                    + hash(password) + "\"\n}\n");
            return "IT admin '" + username + "' written to " + file.getFileName() + ": a running Polku applies it within seconds,"
                    + " a stopped one at its next start (the file is then deleted). Log in at /console/ with the password given.";
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    static void check(String username, char[] password) throws LauncherException {
        if (password.length < MIN_LENGTH || password.length > MAX_LENGTH) {
            throw new LauncherException(LauncherException.BAD_CONFIG, "The password must be " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters long (a passphrase of a few words is good). Nothing was written.");
        }
        if (new String(password).toLowerCase(Locale.ROOT).contains(username)) {
            throw new LauncherException(LauncherException.BAD_CONFIG, "The password must not contain the username. Nothing was written.");
        }
    }

    private static char[] readPassword() throws LauncherException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password for the IT admin (at least %d characters): ", MIN_LENGTH);
            char[] again = console.readPassword("The same password again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new LauncherException(LauncherException.BAD_CONFIG, "The passwords differ. Nothing was written.");
            }
            Arrays.fill(again, '\0');
            return first;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new LauncherException(LauncherException.BAD_CONFIG, "No password on standard input. Nothing was written.");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new LauncherException(LauncherException.BAD_CONFIG, "Cannot read the password: " + e.getMessage());
        }
    }

    static String hash(char[] password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);
        try {
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            return "pbkdf2-sha256$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derived);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Owner-only, synced, and moved into place whole, so FileInstall never reads half of it. */
    private static void write(Path file, String content) throws LauncherException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            if (SafeFiles.posix()) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(SafeFiles.OWNER_ONLY_FILE));
            } else {
                Files.createFile(tmp);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.write(StandardCharsets.UTF_8.encode(content));
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LauncherException(LauncherException.BAD_CONFIG, "Cannot write " + file + ": " + e.getMessage());
        }
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
