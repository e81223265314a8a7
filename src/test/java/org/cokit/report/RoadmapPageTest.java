package org.cokit.report;

import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.cokit.TestData.REGION_COORDINATOR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.cokit.TestData;
import org.cokit.TestData.Browser;
import org.junit.jupiter.api.Test;

/** The roadmap page: managers read it, coordinators move actions along; mistakes keep what was typed. */
@QuarkusTest
class RoadmapPageTest {

    @Test
    void aCoordinatorUpdatesAnActionAndAManagerReadsIt() {
        long id = TestData.adoptedAction();
        Browser coordinator = TestData.login(CITY_COORDINATOR, PASSWORD);
        coordinator.get("/roadmap").then().statusCode(200).body(containsString("id=\"action-" + id + "\""))
                .body(containsString("action=\"/roadmap/" + id + "\""));

        String refused = coordinator.post("/roadmap/" + id, Map.of("owner", "Team B", "due", "next week",
                "status", "in-progress"), null).then().statusCode(400).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(refused.contains("id=\"action-" + id + "-due-error\""),
                "the error sits at the due date's field");
        org.junit.jupiter.api.Assertions.assertTrue(refused.contains("value=\"next week\""), "what was typed is kept");

        coordinator.post("/roadmap/" + id, Map.of("owner", "Team B", "due", "2027-06-30", "status", "done"), null)
                .then().statusCode(303).header("Location", endsWith("/roadmap?saved=" + id + "#action-" + id));
        TestData.login(CITY_MANAGER, PASSWORD).get("/roadmap").then().statusCode(200)
                .body(containsString("Team B")).body(containsString("30 June 2027"))
                .body(not(containsString("action=\"/roadmap/" + id + "\"")));
    }

    @Test
    void othersCannotChangeIt() {
        long id = TestData.adoptedAction();
        TestData.login(CITY_RESPONDENT, PASSWORD).get("/roadmap").then().statusCode(403);
        Browser manager = TestData.login(CITY_MANAGER, PASSWORD);
        manager.get("/roadmap").then().statusCode(200);
        manager.post("/roadmap/" + id, Map.of("owner", "X", "status", "done"), null).then().statusCode(403);
        Browser region = TestData.login(REGION_COORDINATOR, PASSWORD);
        region.get("/roadmap").then().statusCode(200).body(not(containsString("id=\"action-" + id + "\"")));
        region.post("/roadmap/" + id, Map.of("owner", "X", "status", "done"), null).then().statusCode(404);
    }
}
