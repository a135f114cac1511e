package fi.polku.web.internal.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private Instant now = Instant.parse("2026-01-05T08:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    });

    @Test
    void anAddressIsStoppedAfterTheLimitAndFreedAfterAMinute() {
        for (int i = 0; i < LoginThrottle.LIMIT; i++) {
            assertTrue(throttle.allowed("10.0.0.1"));
            throttle.failed("10.0.0.1");
        }
        assertFalse(throttle.allowed("10.0.0.1"));
        assertTrue(throttle.allowed("10.0.0.2"), "other addresses are not affected");
        now = now.plus(Duration.ofSeconds(61));
        assertTrue(throttle.allowed("10.0.0.1"));
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        for (int i = 0; i < LoginThrottle.LIMIT - 1; i++) {
            throttle.failed("10.0.0.3");
        }
        throttle.succeeded("10.0.0.3");
        throttle.failed("10.0.0.3");
        assertTrue(throttle.allowed("10.0.0.3"));
    }
}
