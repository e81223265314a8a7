package org.cokit.tools.conew;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** CoNew's settings ({@code cokit.conew.*}). */
@ConfigMapping(prefix = "cokit.conew")
public interface ConewConfig {

    /**
     * Annotations and votes one client address may post through one public link per {@link #rateWindow()} (env
     * {@code COKIT_CONEW_RATE_LIMIT}); more are refused with a friendly message.
     */
    @WithName("rate-limit")
    @WithDefault("20")
    int rateLimit();

    @WithName("rate-window")
    @WithDefault("PT10M")
    Duration rateWindow();

    /** How many words the feedback's list of frequent words shows. */
    @WithName("theme-count")
    @WithDefault("15")
    int themeCount();
}
