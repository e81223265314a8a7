package org.cokit.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key (e.g. a public link and a client address) in fixed windows and refuses those beyond the
 * limit. Kept in memory on purpose: a limit per instance is enough to stop a flood through one public link, and no
 * request needs to wait on the database to be refused.
 */
public final class RateLimiter {

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a positive limit and window");
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    public RateLimiter(int limit, Duration window) {
        this(limit, window, Clock.systemUTC());
    }

    /** Counts one attempt for {@code key}; false when the key has used up its window. */
    public boolean tryAcquire(String key) {
        long now = clock.millis();
        long start = now - now % windowMillis;
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.start < start);
        }
        Window window = windows.compute(key, (k, old) -> old == null || old.start != start
                ? new Window(start, 1) : new Window(start, old.count + 1));
        return window.count <= limit;
    }

    private record Window(long start, int count) {
    }
}
