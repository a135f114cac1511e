package fi.polku.cases.internal.placement;

import java.util.regex.Pattern;

/**
 * ISCO-08 occupation codes, as Statistics Finland's classification of occupations 2010 uses them:
 * four digits for a unit group, a fifth for the Finnish detail. Matching compares the unit group
 * (four digits) and the minor group (three).
 */
final class Occupations {
    private static final Pattern CODE = Pattern.compile("[0-9]{4,5}");

    private Occupations() {}

    static boolean valid(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    static String unitGroup(String code) {
        return code.substring(0, 4);
    }

    static String minorGroup(String code) {
        return code.substring(0, 3);
    }
}
