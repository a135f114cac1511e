package fi.polku.web.internal.session;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing from one address: after {@link #LIMIT} failed logins within a
 * minute, that address must wait. A successful login does not wipe the count: an attacker who
 * knows one password must not be able to guess on at full speed. The account's growing wait in
 * the security bundle protects an account from many addresses; this protects all accounts from
 * one. Kept in memory per node: enough to make guessing slow, and forgotten on restart.
 */
final class LoginThrottle {
    static final int LIMIT = 20;
    static final long WINDOW_MS = 60_000;
    private static final int MAX_ADDRESSES = 100_000;

    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** True when the address may try now. */
    boolean allowed(String address) {
        Deque<Long> times = failures.get(address);
        if (times == null) {
            return true;
        }
        synchronized (times) {
            prune(times, clock.millis());
            return times.size() < LIMIT;
        }
    }

    void failed(String address) {
        if (failures.size() >= MAX_ADDRESSES) {
            failures.clear(); // a flood of addresses: start over rather than grow without bound
        }
        Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            long now = clock.millis();
            prune(times, now);
            times.addLast(now);
        }
    }

    private static void prune(Deque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() > WINDOW_MS) {
            times.removeFirst();
        }
    }
}
