package fi.polku.api.organisation;

import java.util.Objects;

/** A member of staff and where they work. Made by the core. */
public final class Caseworker {
    private final String username;
    private final String unit;
    private final String servicePoint;

    private Caseworker(String username, String unit, String servicePoint) {
        this.username = Objects.requireNonNull(username, "username");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.servicePoint = Objects.requireNonNull(servicePoint, "servicePoint");
    }

    /**
     * @param username the login name (as in {@link fi.polku.api.security.PolkuUser#username()})
     * @param unit the id of the unit they belong to
     * @param servicePoint the id of the service point they work at
     */
    public static Caseworker of(String username, String unit, String servicePoint) {
        return new Caseworker(username, unit, servicePoint);
    }

    public String username() {
        return username;
    }

    public String unit() {
        return unit;
    }

    public String servicePoint() {
        return servicePoint;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Caseworker c && username.equals(c.username) && unit.equals(c.unit) && servicePoint.equals(c.servicePoint);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "Caseworker[" + unit + ", " + servicePoint + "]";
    }
}
