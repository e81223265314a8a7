package org.cokit.tools.conew;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.NewCookie;
import java.util.Optional;
import org.cokit.security.SecretTokens;

/** What CoNew knows of an anonymous client: its address (for the rate limit) and its voter cookie. */
final class PublicClient {

    static final String VOTER_COOKIE = "cokit-voter";

    private PublicClient() {
    }

    /** The browser's voter id, and the cookie to set when it had none yet. */
    record Voter(String id, Optional<NewCookie> cookie) {
    }

    static Voter voter(String cookieValue) {
        if (SecretTokens.isPlausible(cookieValue)) {
            return new Voter(cookieValue, Optional.empty());
        }
        String id = SecretTokens.newToken();
        return new Voter(id, Optional.of(new NewCookie.Builder(VOTER_COOKIE).value(id).path("/")
                .maxAge(60 * 60 * 24 * 365).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build()));
    }

    static String address(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
