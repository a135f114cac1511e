package fi.polku.api.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The values of a native query's columns as Java types, whichever type the driver and Hibernate
 * chose for them ({@code java.sql.Date} or {@code LocalDate}, {@code Timestamp},
 * {@code OffsetDateTime} or {@code Instant}, any {@code Number}). Null stays null.
 *
 * @since 1.3
 */
public final class Columns {
    private Columns() {}

    public static @Nullable LocalDate day(@Nullable Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    public static @Nullable Instant instant(@Nullable Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        return o instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) o;
    }

    /** True only for {@code Boolean.TRUE}: null is false. */
    public static boolean bool(@Nullable Object o) {
        return Boolean.TRUE.equals(o);
    }

    public static @Nullable Integer integer(@Nullable Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    /** A one-letter {@code varchar(1)} or {@code char} column comes back as a {@code Character}. */
    public static @Nullable String text(@Nullable Object o) {
        return o == null ? null : o.toString();
    }
}
