package fi.polku.api.console;

import fi.polku.api.security.PolkuUser;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle's contributions to the console, registered as a service (a DS component) by any
 * bundle: the platform's own, a module, a partner's bundle.
 *
 * <p>Duties: {@link #contributions()} is cheap and constant while the service is registered (the
 * console asks on every page load); the scripts it names are served by the same bundle, so they
 * come and go together; the REST resources the scripts call check their callers themselves.
 */
@ConsumerType
public interface ConsoleContributor {

    List<Contribution> contributions();

    /**
     * Whether {@code user} sees {@code contribution}, beyond the roles it names: a page for the
     * partner accounts that provide something through this bundle (a course's college, a trial's
     * workplace), not for every partner. Asked on every page load for each contribution the roles
     * allow, so it answers from memory, never from a slow call. The default shows every
     * contribution to everyone with one of its roles.
     *
     * @since 1.1
     */
    default boolean visibleTo(Contribution contribution, PolkuUser user) {
        return true;
    }
}
