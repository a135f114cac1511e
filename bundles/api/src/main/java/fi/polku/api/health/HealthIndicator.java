package fi.polku.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A part of the platform that can tell whether it works (the database, a module's backing
 * service...). Registered as a service; the health endpoint calls every indicator.
 *
 * <p>A check must be quick (well under a second) and must never reveal personal data: its
 * detail is shown to anyone who can reach the health endpoint, without login.
 */
@ConsumerType
public interface HealthIndicator {

    /** A stable, short, kebab-case name such as {@code database}. */
    String name();

    /** Checks now. Exceptions count as {@link Health.Status#DOWN}. */
    Health check();
}
