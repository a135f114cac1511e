package fi.polku.letters.internal;

import java.util.regex.Pattern;

/**
 * Finds what looks like a Finnish identity code (DDMMYY, a century sign, three digits and a check
 * character) in a text: a letter leaves the area's systems, and the identity code never goes with it.
 */
final class IdentityCodes {
    private static final Pattern CODE = Pattern.compile("(?<![0-9A-Za-z])[0-3]\\d[01]\\d\\d\\d[-+A-FU-Y]\\d{3}[0-9A-FHJ-NPR-Y](?![0-9A-Za-z])");

    private IdentityCodes() {
    }

    static boolean in(String text) {
        return text != null && CODE.matcher(text).find();
    }
}
