package org.cokit.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Refuses a login posted from another site (login CSRF: a foreign page logging the visitor into the attacker's
 * account, so what they then type lands there). Quarkus reads {@code /j_security_check} itself, before the page
 * forms' CSRF filter, so the check is on what the browser says of the post's origin: {@code Sec-Fetch-Site} where it
 * sends one (computed by the browser, unaffected by proxies), else {@code Origin} against the host. A client that
 * sends neither is no browser and has no visitor's cookies to abuse. A refused login goes back to the login page.
 */
@ApplicationScoped
public class LoginOriginCheck {

    static final String LOGIN_ACTION = "/j_security_check";
    static final String REFUSED_LOCATION = "/login?elsewhere=true";

    private static final Logger LOG = Logger.getLogger(LoginOriginCheck.class);

    void register(@Observes Router router) {
        router.route(HttpMethod.POST, LOGIN_ACTION).order(Integer.MIN_VALUE + 1).handler(context -> {
            if (fromThisSite(context.request())) {
                context.next();
                return;
            }
            LOG.infof("Refused a login posted from another site (Sec-Fetch-Site %s, Origin %s)",
                    context.request().getHeader("Sec-Fetch-Site"), context.request().getHeader(HttpHeaders.ORIGIN));
            context.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, REFUSED_LOCATION)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end();
        });
    }

    static boolean fromThisSite(HttpServerRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            // "none": typed, bookmarked or a password manager; "same-site" would trust every sibling subdomain
            String site = fetchSite.trim().toLowerCase(Locale.ROOT);
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("X-Forwarded-Host");
        if (host == null) {
            host = request.getHeader(HttpHeaders.HOST);
        }
        return host != null && host.equalsIgnoreCase(authorityOf(origin));
    }

    /** host[:port] of an Origin header; "null" and anything unparsable match no host. */
    private static String authorityOf(String origin) {
        try {
            String authority = URI.create(origin.trim()).getRawAuthority();
            return authority == null ? "" : authority;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
