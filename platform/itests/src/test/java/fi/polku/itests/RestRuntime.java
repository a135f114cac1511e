package fi.polku.itests;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;

/**
 * Waits out a rebuild of the Jakarta REST whiteboard's application. A configuration change that
 * re-registers a resource (the mail settings, a module) makes the whiteboard rebuild the
 * application, and a request that meets it meanwhile can be answered 404 for a moment (a known
 * gap, issue 17/20). A test that changes such a configuration waits until the runtime's change
 * count has stood still for a second before it goes on.
 */
final class RestRuntime {
    private RestRuntime() {}

    static void awaitSettled(BundleContext context) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Object last = null;
        long stillSince = System.nanoTime();
        while (System.nanoTime() < end) {
            ServiceReference<JakartarsServiceRuntime> ref = context.getServiceReference(JakartarsServiceRuntime.class);
            Object count = ref == null ? null : ref.getProperty("service.changecount");
            if (count == null || !count.equals(last)) {
                last = count;
                stillSince = System.nanoTime();
            } else if (System.nanoTime() - stillSince > TimeUnit.SECONDS.toNanos(1)) {
                return;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        throw new AssertionError("the REST runtime kept changing for 30 s");
    }
}
