package org.cokit.security;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With {@code cokit.cookies.secure=true} (production behind TLS) every cookie CoKit sets is {@code Secure}. */
@QuarkusTest
@TestProfile(SecureCookiesTest.BehindTls.class)
class SecureCookiesTest {

    /** The setting a production installation behind a TLS-ending proxy uses. */
    public static class BehindTls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cokit.cookies.secure", "true");
        }
    }

    @Test
    void sessionAndCsrfCookiesAreSecureAndKeepTheirOtherFlags() {
        Response login = given().redirects().follow(false).formParam("j_username", CITY_COORDINATOR)
                .formParam("j_password", PASSWORD).post("/j_security_check");
        String session = WebSecurityTest.setCookie(login, "cokit-session");
        assertNotNull(session, "no session cookie");
        assertTrue(session.contains("Secure") && session.toLowerCase().contains("httponly")
                && session.contains("SameSite=Strict"),
                session);
        String sessionValue = login.getCookie("cokit-session");
        Response page = given().cookie("cokit-session", sessionValue).get("/");
        String csrf = WebSecurityTest.setCookie(page, "cokit-csrf");
        assertNotNull(csrf, "no CSRF cookie");
        assertTrue(csrf.contains("Secure") && csrf.toLowerCase().contains("httponly")
                && csrf.contains("SameSite=Strict"), csrf);
        // a cookie the browser sent is not sent back
        String again = WebSecurityTest.setCookie(given().cookie("cokit-session", sessionValue)
                .cookie("cokit-csrf", page.getCookie("cokit-csrf")).get("/"), "cokit-csrf");
        assertNull(again, "the CSRF cookie was sent back: " + again);
    }
}
