package fi.polku.cases.internal.imports;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * Whether the platform has finished starting: the framework has raised its start level past every
 * installed bundle's. Before that, what an import's rows are checked against may still be coming:
 * the rule sets are configured from files, and a row checked against none, or against one of them
 * only, would be refused or given the wrong law for good. A job resumed at start waits for this.
 */
final class PlatformStart implements FrameworkListener {
    private final BundleContext context;
    private volatile boolean finished;

    PlatformStart(BundleContext context) {
        this.context = context;
        context.addFrameworkListener(this);
        finished = startLevelAboveEveryBundle(); // activated after the start (a bundle restarted): finished already
    }

    boolean finished() {
        return finished;
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        // STARTLEVEL_CHANGED when a launcher has raised the level (Polku's raises it to the last tier in one step),
        // STARTED when the framework rose to its beginning level itself: either way the raising is over.
        if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED || event.getType() == FrameworkEvent.STARTED) {
            finished = true;
        }
    }

    void close() {
        context.removeFrameworkListener(this);
    }

    private boolean startLevelAboveEveryBundle() {
        int level = context.getBundle(org.osgi.framework.Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkStartLevel.class).getStartLevel();
        for (Bundle b : context.getBundles()) {
            BundleStartLevel own = b.adapt(BundleStartLevel.class);
            if (own != null && own.getStartLevel() > level) {
                return false;
            }
        }
        return true;
    }
}
