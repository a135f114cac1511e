package fi.polku.cases.internal.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/** Column values of native queries: PostgreSQL arrays written as literals and read back as text, days and instants whatever type the driver chose. */
final class Columns {
    private Columns() {}

    /** {@code {"a","b"}}, each value quoted and escaped. */
    static String literal(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").collect(Collectors.joining(",", "{", "}"));
    }

    static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(java.util.regex.Pattern.quote(separator), -1));
    }

    static LocalDate day(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return o instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) o;
    }
}
