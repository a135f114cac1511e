package fi.polku.web.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aSuccessfulLoginDoesNotClearTheCount() {
        // An attacker who knows one password cannot reset the address's count with it.
        for (int i = 0; i < LoginThrottle.LIMIT; i++) {
            throttle.failed("10.0.0.3");
        }
        assertFalse(throttle.allowed("10.0.0.3"));
    }

    @Test
    void theClientIsTheAddressBeforeTheTrustedProxies() {
        java.util.Set<String> proxies = java.util.Set.of("10.0.0.9", "10.0.0.10");
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.9", "203.0.113.1, 198.51.100.7, 10.0.0.10", proxies),
                "the rightmost address no trusted proxy added; what the client wrote itself before it is not trusted");
        assertEquals("10.0.0.9", ClientAddress.of("10.0.0.9", null, proxies));
        assertEquals("192.0.2.5", ClientAddress.of("192.0.2.5", "203.0.113.1", proxies), "a header from an untrusted peer is ignored");
        assertEquals("10.0.0.9", ClientAddress.of("10.0.0.9", "not an address", proxies));
    }
}
