package org.cokit.organisation;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.ADMIN;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cokit.TestData;
import org.cokit.TestData.Browser;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvitationFlowTest {

    private static final Pattern LINK = Pattern.compile("value=\"(https?://[^\"]+/invitations/([A-Za-z0-9_-]+))\"");

    @Inject
    TestData data;

    @Test
    void aCoordinatorInvitesAndTheInviteeSetsAPasswordAndLogsIn() {
        long city = data.organisationIdOf(CITY_COORDINATOR);
        String email = TestData.uniqueEmail("invitee");
        Browser coordinator = TestData.login(CITY_COORDINATOR, PASSWORD);
        String page = coordinator.submit("/organisations/" + city + "/members", "/organisations/" + city + "/invitations",
                Map.of("email", email, "displayName", "Ana Novak", "roles", List.of("respondent", "manager")))
                .then().statusCode(200).extract().asString();
        Matcher link = LINK.matcher(page);
        assertTrue(link.find(), "the page shows the invitation link to copy");
        String path = "/invitations/" + link.group(2);
        assertTrue(link.group(2).length() >= 22, "token carries at least 128 bits");
        coordinator.get("/organisations/" + city + "/members").then().body(containsString(email));

        Browser invitee = TestData.anonymous();
        invitee.get(path).then().statusCode(200).body(containsString("Ana Novak")).body(containsString("Demo City"));
        invitee.submit(path, path, Map.of("password", "short", "passwordRepeat", "short")).then().statusCode(400)
                .body(containsString("id=\"password-error\""));
        invitee.submit(path, path, Map.of("password", "long enough password", "passwordRepeat", "different password"))
                .then().statusCode(400).body(containsString("id=\"passwordRepeat-error\""));
        invitee.submit(path, path, Map.of("password", "long enough password", "passwordRepeat", "long enough password"))
                .then().statusCode(200);

        given().auth().preemptive().basic(email, "long enough password").get("/api/me").then().statusCode(200)
                .body("organisation.name", equalTo("Demo City"))
                .body("roles", containsInAnyOrder("respondent", "manager"));
        assertTrue(TestData.login(email, "long enough password").hasSession());
        invitee.get(path).then().statusCode(404).body(containsString("does not work"));
        assertTrue(data.passwordHashOf(email).startsWith("$2"));
    }

    @Test
    void aRevokedInvitationNoLongerWorksAndANewOneReplacesTheOld() {
        long city = data.organisationIdOf(CITY_COORDINATOR);
        String email = TestData.uniqueEmail("revoked");
        Map<String, Object> body = Map.of("email", email, "displayName", "Someone", "roles", List.of("respondent"));
        String first = invite(city, body);
        String second = invite(city, body);
        given().get(first).then().statusCode(404);
        given().get(second).then().statusCode(200);

        Number id = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD)
                .get("/api/organisations/" + city + "/invitations").then().extract()
                .path("find { it.email == '" + email + "' }.id");
        Browser coordinator = TestData.login(CITY_COORDINATOR, PASSWORD);
        coordinator.submit("/organisations/" + city + "/members",
                "/organisations/" + city + "/invitations/" + id + "/revoke", Map.of()).then().statusCode(303);
        given().get(second).then().statusCode(404);
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).get("/api/organisations/" + city + "/invitations")
                .then().body("email", not(hasItem(email)));
    }

    @Test
    void anExistingAccountCannotBeInvitedAgain() {
        long city = data.organisationIdOf(CITY_COORDINATOR);
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .body(Map.of("email", CITY_RESPONDENT.toUpperCase(), "displayName", "Twin", "roles", List.of("manager")))
                .post("/api/organisations/" + city + "/invitations").then().statusCode(409)
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void theAdminInvitesTheFirstCoordinatorOfANewOrganisation() {
        int id = OrganisationApiTest.as(ADMIN).body(BadInputTest.validOrganisation()).post("/api/organisations")
                .then().statusCode(201).extract().path("id");
        String email = TestData.uniqueEmail("first-coordinator");
        String link = invite(id, Map.of("email", email, "displayName", "First", "roles", List.of("coordinator")), ADMIN);
        String path = link.substring(link.indexOf("/invitations/"));
        Browser invitee = TestData.anonymous();
        invitee.submit(path, path, Map.of("password", "a fine password", "passwordRepeat", "a fine password"))
                .then().statusCode(200);
        given().auth().preemptive().basic(email, "a fine password").get("/api/organisations/" + id + "/members")
                .then().statusCode(200).body("email", hasItem(email));
    }

    @Test
    void aGuessedTokenFindsNothing() {
        given().get("/invitations/AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404);
        given().get("/invitations/" + "x".repeat(500)).then().statusCode(404);
        long city = data.organisationIdOf(CITY_COORDINATOR);
        String realLink = invite(city, Map.of("email", TestData.uniqueEmail("guess"), "displayName", "G", "roles",
                List.of("respondent")));
        TestData.Browser anyone = TestData.anonymous();
        String token = anyone.csrfToken(realLink.substring(realLink.indexOf("/invitations/")));
        given().cookies(anyone.cookies()).contentType("application/x-www-form-urlencoded").formParam("csrf", token)
                .formParam("password", "whatever password").formParam("passwordRepeat", "whatever password")
                .post("/invitations/AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404);
    }

    @Test
    void theTokenIsStoredOnlyAsAHash() {
        long city = data.organisationIdOf(CITY_COORDINATOR);
        String link = invite(city, Map.of("email", TestData.uniqueEmail("hash"), "displayName", "H", "roles",
                List.of("respondent")));
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertFalse(data.invitationTokenHashes().contains(token));
        assertTrue(data.invitationTokenHashes().contains(org.cokit.security.SecretTokens.hash(token)));
        assertEquals(64, org.cokit.security.SecretTokens.hash(token).length());
    }

    private String invite(long organisationId, Map<String, Object> body) {
        return invite(organisationId, body, CITY_COORDINATOR);
    }

    private String invite(long organisationId, Map<String, Object> body, String as) {
        return given().auth().preemptive().basic(as, PASSWORD).contentType("application/json").body(body)
                .post("/api/organisations/" + organisationId + "/invitations").then().statusCode(201).extract()
                .path("link");
    }
}
