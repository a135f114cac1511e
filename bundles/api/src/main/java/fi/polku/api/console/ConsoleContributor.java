package fi.polku.api.console;

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
}
