package fi.polku.api.health;

import java.util.Objects;

/** The result of one health check. */
public record Health(Status status, String detail) {

    public enum Status { UP, DOWN }

    public Health {
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
    }

    public static Health up(String detail) {
        return new Health(Status.UP, detail);
    }

    public static Health down(String detail) {
        return new Health(Status.DOWN, detail);
    }
}
