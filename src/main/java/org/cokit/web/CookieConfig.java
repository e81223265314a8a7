package org.cokit.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed {@code cokit.cookies.*} settings. */
@ConfigMapping(prefix = "cokit.cookies")
public interface CookieConfig {

    /**
     * Mark every cookie {@code Secure} (env {@code COKIT_COOKIES_SECURE}): set it in production behind a proxy that
     * ends TLS, where CoKit itself sees plain HTTP and would otherwise send the session cookie without the flag.
     */
    @WithDefault("false")
    boolean secure();
}
