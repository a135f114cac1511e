package fi.polku.itests;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits for something the platform does in the background (a configuration file applied, a module
 * started, a referral delivered), and fails saying what did not happen. Awaitility does this outside
 * the OSGi container; inside it, Awaitility needs Hamcrest 2, whose packages clash with the Hamcrest
 * 1.3 that JUnit 4 brings to Pax Exam (a uses constraint), so the in-container tests use this.
 */
final class Eventually {
    /** Long enough for a loaded two-core machine; a condition that holds returns at once. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private Eventually() {}

    static void until(String what, Callable<Boolean> condition) {
        until(what, PATIENCE, condition);
    }

    static void until(String what, Duration atMost, Callable<Boolean> condition) {
        long end = System.nanoTime() + atMost.toNanos();
        Exception last = null;
        while (true) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
                last = null;
            } catch (Exception e) {
                last = e; // a request that failed while the platform changes: asked again
            }
            if (System.nanoTime() > end) {
                AssertionError timeout = new AssertionError("not within " + atMost.toSeconds() + " s: " + what);
                if (last != null) {
                    timeout.initCause(last);
                }
                throw timeout;
            }
            LockSupport.parkNanos(100_000_000L);
        }
    }
}
