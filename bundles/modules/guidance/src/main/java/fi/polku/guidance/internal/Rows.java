package fi.polku.guidance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Column values of native queries, whichever Java type the driver chose for them. */
public final class Rows {
    private Rows() {}

    public static LocalDate day(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        return o instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) o;
    }

    public static boolean bool(Object o) {
        return Boolean.TRUE.equals(o);
    }

    public static int integer(Object o) {
        return ((Number) o).intValue();
    }
}
