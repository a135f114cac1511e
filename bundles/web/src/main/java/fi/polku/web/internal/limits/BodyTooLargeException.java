package fi.polku.web.internal.limits;

import java.io.IOException;

/**
 * An {@link IOException}, so that a JSON parser reading the body lets it through unwrapped; the
 * error mappers answer it with 413.
 */
public final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    public BodyTooLargeException(long limit) {
        super("request body over " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
