package fi.polku.employer.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Column values of native queries, whichever Java type the driver chose for them. */
final class Rows {
    private Rows() {}

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
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        return o instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) o;
    }
}
