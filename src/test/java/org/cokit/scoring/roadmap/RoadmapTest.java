package org.cokit.scoring.roadmap;

import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.cokit.TestData.assessmentWithWeakUsers;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.cokit.TestData;
import org.junit.jupiter.api.Test;

/** Adopting recommended actions onto the roadmap and tracking them. */
@QuarkusTest
class RoadmapTest {

    @Test
    void aCoordinatorAdoptsARecommendedActionAndTracksItToDone() {
        long assessment = assessmentWithWeakUsers();
        TestData.finishAdopted("open-a-channel");
        Number id = as(CITY_COORDINATOR).body(Map.of("actionId", "open-a-channel", "owner", " Ana Novak ",
                "due", "2027-03-31")).post("/api/assessments/" + assessment + "/actions?lang=da").then()
                .statusCode(201)
                .body("title", equalTo("Tilbyd tjenesten online"))
                .body("owner", equalTo("Ana Novak"))
                .body("status", equalTo("planned"))
                .body("due", equalTo("2027-03-31"))
                .body("completedAt", nullValue())
                .extract().path("id");
        as(CITY_COORDINATOR).body(Map.of("status", "done")).put("/api/actions/" + id).then().statusCode(200)
                .body("status", equalTo("done")).body("completedAt", notNullValue()).body("owner", equalTo("Ana Novak"));
        as(CITY_MANAGER).get("/api/actions?tool=sample-tool").then().statusCode(200)
                .body("id", hasItem(id.intValue()));
        // finished, it may be adopted again from a later round
        as(CITY_COORDINATOR).body(Map.of("actionId", "open-a-channel", "owner", "Ana Novak"))
                .post("/api/assessments/" + assessmentWithWeakUsers() + "/actions").then().statusCode(201);
    }

    @Test
    void anActionOnTheRoadmapIsNotAdoptedTwice() {
        long assessment = assessmentWithWeakUsers();
        TestData.finishAdopted("know-your-users");
        as(CITY_COORDINATOR).body(Map.of("actionId", "know-your-users", "owner", "Team A"))
                .post("/api/assessments/" + assessment + "/actions").then().statusCode(201);
        as(CITY_COORDINATOR).body(Map.of("actionId", "know-your-users", "owner", "Team B"))
                .post("/api/assessments/" + assessment + "/actions").then().statusCode(409)
                .body("errors[0].field", equalTo("actionId"));
        TestData.finishAdopted("know-your-users");
    }

    @Test
    void badInputNamesTheField() {
        long assessment = assessmentWithWeakUsers();
        as(CITY_COORDINATOR).body(Map.of("actionId", "secure-mandate", "owner", " ", "due", "31.3.2027",
                "status", "finished")).post("/api/assessments/" + assessment + "/actions").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("actionId", "owner", "due", "status"));
        as(CITY_COORDINATOR).post("/api/assessments/" + assessment + "/actions").then().statusCode(400)
                .body("errors[0].field", notNullValue());
    }

    @Test
    void respondentsDoNotManageTheRoadmap() {
        long assessment = assessmentWithWeakUsers();
        as(CITY_RESPONDENT).body(Map.of("actionId", "know-your-users", "owner", "Me"))
                .post("/api/assessments/" + assessment + "/actions").then().statusCode(403);
        as(CITY_RESPONDENT).get("/api/actions").then().statusCode(403);
    }

    private static RequestSpecification as(String email) {
        return RestAssured.given().auth().preemptive().basic(email, PASSWORD).contentType("application/json");
    }
}
