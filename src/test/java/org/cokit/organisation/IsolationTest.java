package org.cokit.organisation;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.PASSWORD;
import static org.cokit.TestData.REGION_COORDINATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cokit.TestData;
import org.cokit.TestData.Browser;
import org.junit.jupiter.api.Test;

/**
 * A coordinator of Demo Region asks for Demo City's data through every organisation-scoped operation there is:
 * the API operations are read from the OpenAPI document, so a new endpoint is covered without editing this test.
 */
@QuarkusTest
class IsolationTest {

    @Inject
    TestData data;

    @Test
    void everyOrganisationScopedApiOperationAnswers404ForAnotherOrganisation() {
        long city = data.organisationIdOf(CITY_COORDINATOR);
        long cityInvitation = openInvitationOf(city);
        long cityAssessment = TestData.openAssessment();
        long citySubmission = TestData.submissionOf(TestData.CITY_RESPONDENT,
                cityAssessment);
        // each resource's {id} stands for one of Demo City's own objects; a new resource must be added here
        Map<String, Long> idByResource = Map.of("/api/organisations/", city, "/api/assessments/", cityAssessment,
                "/api/submissions/", citySubmission, "/api/actions/", TestData.adoptedAction(),
                "/api/services/", org.cokit.tools.coserve.CoServeTestData.service("Isolation"),
                "/api/journeys/", org.cokit.tools.conew.ConewTestData.journey("Isolation").journeyId());
        Map<String, Object> paths = given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().path("paths");
        List<String> checked = new ArrayList<>();
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/") || !path.contains("{id}")) {
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> byMethod = (Map<String, Object>) operations;
            for (String method : byMethod.keySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                String resource = idByResource.keySet().stream().filter(path::startsWith).findFirst()
                        .orElseThrow(() -> new AssertionError("IsolationTest does not know what {id} is in " + path));
                String url = path.replace("{id}", String.valueOf(idByResource.get(resource)))
                        .replace("{invitationId}", String.valueOf(cityInvitation))
                        .replaceAll("\\{[^}]+}", "1");
                Response response = given().auth().preemptive().basic(REGION_COORDINATOR, PASSWORD)
                        .contentType("application/json").body("{}").request(method.toUpperCase(), url);
                assertEquals(404, response.statusCode(), method + " " + url + " answered " + response.asString());
                assertFalse(response.asString().contains("Demo City"), method + " " + url + " leaked data");
                checked.add(method + " " + path);
            }
        });
        assertTrue(checked.size() >= 12, "expected the organisation-scoped API operations, found " + checked);
        // and the invitation is still open: the refused DELETE changed nothing
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).get("/api/organisations/" + city + "/invitations")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem((int) cityInvitation));
    }

    @Test
    void organisationScopedPagesAnswer404ForAnotherOrganisation() {
        long city = data.organisationIdOf(CITY_COORDINATOR);
        long cityInvitation = openInvitationOf(city);
        Browser region = TestData.login(REGION_COORDINATOR, PASSWORD);
        region.get("/organisations/" + city + "/members").then().statusCode(404);
        String token = region.csrfToken("/");
        for (String action : List.of("/organisations/" + city + "/invitations",
                "/organisations/" + city + "/invitations/" + cityInvitation + "/revoke")) {
            given().redirects().follow(false).cookies(region.cookies())
                    .contentType("application/x-www-form-urlencoded").formParam("csrf", token)
                    .formParam("email", "intruder@example.org").formParam("displayName", "Intruder")
                    .formParam("roles", "coordinator").post(action).then().statusCode(404);
        }
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).get("/api/organisations/" + city + "/members")
                .then().body("email", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("intruder@example.org")));
    }

    @Test
    void aMissingOrganisationAndSomeoneElsesLookTheSame() {
        long city = data.organisationIdOf(CITY_COORDINATOR);
        String missing = given().auth().preemptive().basic(REGION_COORDINATOR, PASSWORD)
                .get("/api/organisations/999999").then().statusCode(404).extract().path("title");
        String foreign = given().auth().preemptive().basic(REGION_COORDINATOR, PASSWORD)
                .get("/api/organisations/" + city).then().statusCode(404).extract().path("title");
        assertEquals(missing, foreign);
    }

    private long openInvitationOf(long organisationId) {
        Number id = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .body(Map.of("email", TestData.uniqueEmail("isolation"), "displayName", "Isolation Check", "roles",
                        List.of("respondent")))
                .post("/api/organisations/" + organisationId + "/invitations").then().statusCode(201)
                .extract().path("id");
        return id.longValue();
    }
}
