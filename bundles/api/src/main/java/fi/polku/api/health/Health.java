package fi.polku.api.health;

import java.util.Objects;

/** The result of one health check: {@link #up} or {@link #down} with a detail for the IT admin. */
public final class Health {

    public enum Status { UP, DOWN }

    private final Status status;
    private final String detail;

    private Health(Status status, String detail) {
        this.status = Objects.requireNonNull(status, "status");
        this.detail = detail == null ? "" : detail;
    }

    public static Health up(String detail) {
        return new Health(Status.UP, detail);
    }

    public static Health down(String detail) {
        return new Health(Status.DOWN, detail);
    }

    public Status status() {
        return status;
    }

    /** For the IT admin: what was checked and found; never personal data. */
    public String detail() {
        return detail;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Health h && status == h.status && detail.equals(h.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, detail);
    }

    @Override
    public String toString() {
        return status + (detail.isEmpty() ? "" : ": " + detail);
    }
}
