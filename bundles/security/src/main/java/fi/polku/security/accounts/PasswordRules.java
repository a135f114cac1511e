package fi.polku.security.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a password must follow, after NIST SP 800-63B-4 (2025), section 3.1.1.2, for a
 * password that is the only factor: at least 15 characters, at least 64 allowed, no rules about
 * kinds of characters, and never a password that is commonly used or derived from the account's
 * name. Checked when an account is created and whenever its password is set; demo accounts are
 * not real accounts and are not checked.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 15;
    /** Long passphrases are welcome; the bound keeps the hashing cost of one login small. */
    public static final int MAX_LENGTH = 256;

    /** A rule a password can break; the caller names it in the user's language. */
    public enum Rule {
        TOO_SHORT, TOO_LONG, CONTAINS_USERNAME, COMMON, REPETITIVE
    }

    private static final Set<String> COMMON = load();

    private PasswordRules() {}

    /** The first rule the password breaks, or empty when it follows them all. */
    public static Optional<Rule> check(String username, char[] password) {
        int length = password.length;
        if (length < MIN_LENGTH) {
            return Optional.of(Rule.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Rule.TOO_LONG);
        }
        String text = new String(password).toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && text.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Rule.CONTAINS_USERNAME);
        }
        if (text.chars().distinct().count() < 5) {
            return Optional.of(Rule.REPETITIVE);
        }
        if (COMMON.contains(text) || COMMON.contains(text.replaceAll("[0-9!?.#*_-]+$", ""))) {
            return Optional.of(Rule.COMMON);
        }
        return Optional.empty();
    }

    /** Passwords people choose most (and the words they build them from), one per line, lower case. */
    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream("common-passwords.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
