package org.cokit.web;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the same encrypted session cookie the form login writes, so that after a single sign-on every page sees
 * the member exactly as after a password login. It needs the configured session key: the form login's key is
 * random per start otherwise, and not shared.
 */
@ApplicationScoped
public class SsoSessionCookie {

    private final boolean ssoEnabled;
    private final String cookieName;
    private final PersistentLoginManager manager;

    SsoSessionCookie(@ConfigProperty(name = "quarkus.oidc.tenant-enabled") boolean ssoEnabled,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration timeout,
            @ConfigProperty(name = "quarkus.http.auth.form.new-cookie-interval") Duration newCookieInterval,
            @ConfigProperty(name = "quarkus.http.auth.form.http-only-cookie") boolean httpOnly,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-same-site", defaultValue = "strict") String sameSite,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-path", defaultValue = "/") String path,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-max-age") Optional<Duration> maxAge,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-domain") Optional<String> domain) {
        this.ssoEnabled = ssoEnabled;
        this.cookieName = cookieName;
        this.manager = key.filter(k -> !k.isBlank()).map(k -> new PersistentLoginManager(k, cookieName,
                timeout.toMillis(), newCookieInterval.toMillis(), httpOnly, sameSite.toUpperCase(Locale.ROOT), path,
                maxAge.map(Duration::toSeconds).orElse(-1L), domain.orElse(null))).orElse(null);
    }

    void checkKey(@Observes StartupEvent event) {
        if (ssoEnabled && manager == null) {
            throw new IllegalStateException("Single sign-on (quarkus.oidc.tenant-enabled=true) needs the session key"
                    + " QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY (32 or more random characters)");
        }
    }

    /** Starts the member's session in this response, under their login name. */
    public void start(String login, RoutingContext context) {
        manager.save(login, context, cookieName, null, context.request().isSSL());
    }
}
