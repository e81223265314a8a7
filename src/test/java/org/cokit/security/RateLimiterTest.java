package org.cokit.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void refusesBeyondTheLimitAndForgivesInTheNextWindow() {
        MovableClock clock = new MovableClock();
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("link-a"));
        }
        assertFalse(limiter.tryAcquire("link-a"));
        assertTrue(limiter.tryAcquire("link-b"), "another key has its own count");
        clock.now = clock.now.plusSeconds(61);
        assertTrue(limiter.tryAcquire("link-a"));
    }
}
