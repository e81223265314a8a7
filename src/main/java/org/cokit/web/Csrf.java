package org.cokit.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cokit.security.SecretTokens;

/**
 * Double-submit CSRF token: a random value in a strict same-site cookie that every page form echoes in a hidden
 * field. A cross-site page can neither read the cookie nor make the browser send it. Templates reach it as
 * {@code inject:csrf}.
 */
@Named("csrf")
@RequestScoped
public class Csrf {

    public static final String COOKIE = "cokit-csrf";
    public static final String FIELD = "csrf";

    @Inject
    HttpServerRequest request;

    private String token;

    /** The token for forms on this page; issues the cookie when the browser has none yet. */
    public String getToken() {
        if (token == null) {
            Cookie cookie = request.getCookie(COOKIE);
            if (cookie != null && SecretTokens.isPlausible(cookie.getValue())) {
                token = cookie.getValue();
            } else {
                token = SecretTokens.newToken();
                HttpServerResponse response = request.response();
                if (!response.headWritten()) {
                    response.addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                            .setSameSite(CookieSameSite.STRICT).setSecure(request.isSSL()));
                }
            }
        }
        return token;
    }

    public String getField() {
        return FIELD;
    }

    /** Whether a submitted form's token matches the browser's cookie. */
    boolean matches(String submitted) {
        Cookie cookie = request.getCookie(COOKIE);
        return submitted != null && cookie != null && SecretTokens.isPlausible(submitted)
                && java.security.MessageDigest.isEqual(submitted.getBytes(), cookie.getValue().getBytes());
    }
}
