package fi.polku.cases.internal.placement;

import java.util.List;
import java.util.stream.Collectors;

/** PostgreSQL arrays written as literals and read back from their text, whatever the driver makes of array columns. */
final class SqlArrays {
    private SqlArrays() {}

    /** {@code {"a","b"}}, each value quoted and escaped. */
    static String literal(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").collect(Collectors.joining(",", "{", "}"));
    }

    static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(java.util.regex.Pattern.quote(separator), -1));
    }
}
