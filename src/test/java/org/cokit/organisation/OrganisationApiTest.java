package org.cokit.organisation;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.ADMIN;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.cokit.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationApiTest {

    @Inject
    TestData data;

    static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, PASSWORD).contentType("application/json");
    }

    @Test
    void meTellsTheLoginOrganisationAndRoles() {
        long city = data.organisationIdOf(CITY_COORDINATOR);
        as(CITY_COORDINATOR).get("/api/me").then().statusCode(200)
                .body("login", equalTo(CITY_COORDINATOR))
                .body("organisation.id", equalTo((int) city))
                .body("organisation.name", equalTo("Demo City"))
                .body("roles", containsInAnyOrder("coordinator"));
        as(ADMIN).get("/api/me").then().statusCode(200).body("organisation", nullValue())
                .body("roles", containsInAnyOrder("admin"));
    }

    @Test
    void theApiNeedsCredentials() {
        given().get("/api/me").then().statusCode(401);
        given().auth().preemptive().basic(CITY_COORDINATOR, "not-the-password").get("/api/me").then().statusCode(401);
    }

    @Test
    void everyDemoLoginWorksWithItsRoles() {
        Map<String, String> logins = Map.of("admin@demo", "admin", "coordinator@demo-city", "coordinator",
                "respondent1@demo-city", "respondent", "respondent2@demo-city", "respondent",
                "manager@demo-city", "manager", "coordinator@demo-region", "coordinator",
                "respondent1@demo-region", "respondent", "respondent2@demo-region", "respondent",
                "manager@demo-region", "manager");
        logins.forEach((email, role) -> as(email).get("/api/me").then().statusCode(200).body("roles", hasItem(role)));
        as("manager@demo-region").get("/api/me").then().body("organisation.name", equalTo("Demo Region"));
    }

    @Test
    void aMemberSeesOnlyTheirOwnOrganisation() {
        long city = data.organisationIdOf(CITY_COORDINATOR);
        as(CITY_RESPONDENT).get("/api/organisations").then().statusCode(200).body("$", hasSize(1))
                .body("[0].name", equalTo("Demo City"));
        as(CITY_RESPONDENT).get("/api/organisations/" + city).then().statusCode(200)
                .body("name", equalTo("Demo City")).body("country", equalTo("SI"))
                .body("governmentLevel", equalTo("LOCAL")).body("benchmarkOptIn", equalTo(true));
    }

    @Test
    void theAdminCreatesAndListsOrganisations() {
        String name = "Test Municipality " + System.nanoTime();
        int id = as(ADMIN).body(Map.of("name", name, "country", "hr", "governmentLevel", "LOCAL", "sector",
                "EDUCATION", "sizeBand", "FROM_50_TO_249", "language", "HR", "benchmarkOptIn", false))
                .post("/api/organisations").then().statusCode(201)
                .header("Location", containsString("/api/organisations/")).body("country", equalTo("HR"))
                .extract().path("id");
        as(ADMIN).get("/api/organisations").then().body("name", hasItems("Demo City", "Demo Region", name));
        as(ADMIN).get("/api/organisations/" + id).then().statusCode(200).body("sector", equalTo("EDUCATION"));

        as(ADMIN).body(Map.of("name", name.toUpperCase(), "country", "HR", "governmentLevel", "LOCAL", "sector",
                "EDUCATION", "sizeBand", "FROM_50_TO_249", "language", "HR")).post("/api/organisations").then()
                .statusCode(409).contentType("application/problem+json").body("errors[0].field", equalTo("name"));
    }

    @Test
    void rolesThatMayNotActGet403() {
        long city = data.organisationIdOf(CITY_COORDINATOR);
        Map<String, Object> organisation = Map.of("name", "Nope", "country", "SI", "governmentLevel", "LOCAL",
                "sector", "HEALTH", "sizeBand", "UP_TO_49", "language", "EN");
        for (String notAdmin : new String[] {CITY_COORDINATOR, CITY_MANAGER, CITY_RESPONDENT}) {
            as(notAdmin).body(organisation).post("/api/organisations").then().statusCode(403);
        }
        as(CITY_RESPONDENT).get("/api/organisations/" + city + "/members").then().statusCode(403);
        as(CITY_RESPONDENT).get("/api/organisations/" + city + "/invitations").then().statusCode(403);
        as(CITY_MANAGER).get("/api/organisations/" + city + "/invitations").then().statusCode(403);
        Map<String, Object> invitation = Map.of("email", "x@example.org", "displayName", "X", "roles",
                new String[] {"respondent"});
        as(CITY_RESPONDENT).body(invitation).post("/api/organisations/" + city + "/invitations").then()
                .statusCode(403);
        as(CITY_MANAGER).body(invitation).post("/api/organisations/" + city + "/invitations").then()
                .statusCode(403);
        as(CITY_MANAGER).get("/api/organisations/" + city + "/members").then().statusCode(200)
                .body("email", hasItem(CITY_COORDINATOR));
    }

    @Test
    void membersListNeverShowsPasswordHashes() {
        long city = data.organisationIdOf(CITY_COORDINATOR);
        String body = as(CITY_COORDINATOR).get("/api/organisations/" + city + "/members").then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("$2"), body);
        org.junit.jupiter.api.Assertions.assertFalse(body.toLowerCase().contains("password"), body);
    }
}
