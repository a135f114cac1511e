package fi.polku.persistence.internal;

import fi.polku.api.installation.Installation;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The installation as the launcher started it ({@code polku.mode}). It lives here because this
 * bundle already takes the launcher's hand-over (the database) and every bundle that keeps data
 * depends on it; bundles ask this service instead of reading framework properties.
 */
@Component(service = Installation.class)
public final class LauncherInstallation implements Installation {
    private final Mode mode;

    @Activate
    public LauncherInstallation(BundleContext context) {
        this.mode = "demo".equals(context.getProperty("polku.mode")) ? Mode.DEMO : Mode.PRODUCTION;
    }

    @Override
    public Mode mode() {
        return mode;
    }
}
