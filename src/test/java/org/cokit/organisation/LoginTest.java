package org.cokit.organisation;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.cokit.TestData;
import org.cokit.TestData.Browser;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginTest {

    @Inject
    TestData data;

    @Test
    void formLoginSetsAHardenedSessionCookieAndShowsTheOrganisationHome() {
        Response response = given().redirects().follow(false).formParam("j_username", CITY_COORDINATOR)
                .formParam("j_password", PASSWORD).post("/j_security_check");
        response.then().statusCode(302).header("Location", containsString("/"));
        Cookie session = response.getDetailedCookie("cokit-session");
        assertTrue(session.isHttpOnly(), "session cookie must be HttpOnly");
        assertTrue("Strict".equalsIgnoreCase(session.getSameSite()), "session cookie must be SameSite=Strict");

        given().cookie("cokit-session", session.getValue()).get("/").then().statusCode(200)
                .body(containsString("Demo City Coordinator"))
                .body(containsString("CoReady")).body(containsString("CoServe"))
                .body(containsString("CoNew")).body(containsString("CoMaster"))
                .body(containsString("data-session-timeout=\"1800\""));
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() {
        for (Map<String, String> crossSite : java.util.List.of(Map.of("Sec-Fetch-Site", "cross-site"),
                Map.of("Sec-Fetch-Site", "same-site"), Map.of("Origin", "https://attacker.example"),
                Map.of("Origin", "null"))) {
            Response response = given().redirects().follow(false).headers(crossSite)
                    .formParam("j_username", CITY_COORDINATOR).formParam("j_password", PASSWORD)
                    .post("/j_security_check");
            response.then().statusCode(303).header("Location", equalTo("/login?elsewhere=true"));
            assertTrue(response.getDetailedCookie("cokit-session") == null, "logged in despite " + crossSite);
        }
        given().get("/login?elsewhere=true").then().statusCode(200).body(containsString("role=\"alert\""))
                .body(containsString("came from another website"));
    }

    @Test
    void aLoginFromThisSiteOrWithoutBrowserHeadersIsAccepted() {
        Map<String, String> headers = Map.of("Sec-Fetch-Site", "same-origin",
                "Origin", "https://attacker.example");   // the browser's own verdict is the one trusted
        for (Map<String, String> sameSite : java.util.List.of(headers, Map.of("Sec-Fetch-Site", "none"),
                Map.of("Origin", io.restassured.RestAssured.baseURI.replaceFirst("/$", "") + ":"
                        + io.restassured.RestAssured.port))) {
            Response response = given().redirects().follow(false).headers(sameSite)
                    .formParam("j_username", CITY_COORDINATOR).formParam("j_password", PASSWORD)
                    .post("/j_security_check");
            response.then().statusCode(302);
            assertTrue(response.getDetailedCookie("cokit-session") != null, "not logged in with " + sameSite);
        }
    }

    @Test
    void loginWithAnyCaseOfTheEmailWorks() {
        assertTrue(TestData.login("Coordinator@Demo-City", PASSWORD).hasSession());
    }

    @Test
    void wrongPasswordGoesBackToTheLoginPageWithAMessage() {
        String email = data.newMember(CITY_COORDINATOR, "correct-horse-1", Role.RESPONDENT);
        given().redirects().follow(false).formParam("j_username", email).formParam("j_password", "wrong")
                .post("/j_security_check").then().statusCode(302).header("Location", containsString("/login?error=true"));
        given().get("/login?error=true").then().statusCode(200).body(containsString("role=\"alert\""))
                .body(containsString("not correct"));
    }

    @Test
    void logoutEndsTheSession() {
        Browser browser = TestData.login(CITY_COORDINATOR, PASSWORD);
        browser.get("/").then().body(containsString("Demo City Coordinator"));
        browser.submit("/", "/logout", Map.of()).then().statusCode(303)
                .header("Location", containsString("/login?logout=true"));
        assertFalse(browser.hasSession());
        browser.get("/").then().statusCode(200).body(not(containsString("Demo City Coordinator")))
                .body(containsString("href=\"/login\""));
    }

    @Test
    void logoutWithoutTheFormsTokenIsRefused() {
        Browser browser = TestData.login(CITY_COORDINATOR, PASSWORD);
        given().redirects().follow(false).cookies(browser.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", "forged-token").post("/logout").then().statusCode(403);
        browser.get("/").then().body(containsString("Demo City Coordinator"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        String password = "correct-horse-2";
        String email = data.newMember(CITY_COORDINATOR, password, Role.RESPONDENT);
        given().auth().preemptive().basic(email, password).get("/api/me").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic(email, "wrong-" + i).get("/api/me").then().statusCode(401);
        }
        given().auth().preemptive().basic(email, password).get("/api/me").then().statusCode(401);
        assertFalse(TestData.login(email, password).hasSession());
        // another account is not affected
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).get("/api/me").then().statusCode(200);
    }

    @Test
    void fewerFailuresThanTheLimitAreForgottenAfterASuccess() {
        String password = "correct-horse-3";
        String email = data.newMember(CITY_COORDINATOR, password, Role.RESPONDENT);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                given().auth().preemptive().basic(email, "wrong").get("/api/me").then().statusCode(401);
            }
            given().auth().preemptive().basic(email, password).get("/api/me").then().statusCode(200)
                    .body("login", equalTo(email));
        }
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String email = data.newMember(CITY_COORDINATOR, "correct-horse-4", Role.RESPONDENT);
        assertTrue(data.passwordHashOf(email).startsWith("$2"), "bcrypt hashes start with $2");
    }

    @Test
    void sessionKeepAliveAnswersOnlyASignedInBrowser() {
        TestData.anonymous().get("/session/extend").then().statusCode(401);
        TestData.login(CITY_COORDINATOR, PASSWORD).get("/session/extend").then().statusCode(204);
    }
}
