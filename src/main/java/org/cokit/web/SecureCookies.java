package org.cokit.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Adds the {@code Secure} flag to every cookie a response sets when {@link CookieConfig#secure()} is on; Quarkus and
 * the CSRF cookie set it only on a direct TLS connection, which a TLS-ending proxy hides.
 */
@ApplicationScoped
public class SecureCookies {

    void register(@Observes Router router, CookieConfig config) {
        if (!config.secure()) {
            return;
        }
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            // runs just before the headers are written, after every handler has added its cookies
            context.addHeadersEndHandler(ignored -> {
                for (Cookie cookie : context.request().cookies()) {
                    // only cookies this response sets: touching a cookie the browser sent would send it back
                    if (cookie instanceof ServerCookie set && set.isChanged()) {
                        cookie.setSecure(true);
                    }
                }
            });
            context.next();
        });
    }
}
