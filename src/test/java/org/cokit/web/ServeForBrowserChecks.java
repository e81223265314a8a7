package org.cokit.web;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cokit.TestData;
import org.cokit.engine.answers.SampleTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check by itself: keeps the test application running with sample assessments so that a real browser can
 * visit the questionnaire pages (accessibility checks, screenshots), since only tests have a tool to answer. Runs
 * only when asked, e.g. {@code ./mvnw test -Dtest=ServeForBrowserChecks -Dbrowser-checks.seconds=600
 * -Dquarkus.http.test-port=8093}; it writes the ids of what it made to {@code target/browser-checks.json}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "browser-checks.seconds", matches = "\\d+")
class ServeForBrowserChecks {

    static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, PASSWORD).contentType("application/json");
    }

    static long assessment(String title) {
        Number id = as(CITY_COORDINATOR).body(Map.of("tool", SampleTool.ID, "title", title)).post("/api/assessments")
                .then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    static void answer(String email, long submission, Map<String, Object> answers) {
        as(email).body(Map.of("answers", answers)).put("/api/submissions/" + submission + "/answers").then()
                .statusCode(200);
    }

    @Test
    void serve() throws Exception {
        long open = assessment("Spring 2026 round");
        as(CITY_COORDINATOR).post("/api/assessments/" + open + "/open").then().statusCode(200);
        long filling = TestData.submissionOf(CITY_RESPONDENT, open);
        answer(CITY_RESPONDENT, filling, Map.of("many-users", "yes", "satisfaction", 2));
        long other = TestData.submissionOf("respondent2@demo-city", open);
        answer("respondent2@demo-city", other, Map.of("many-users", "no", "main-channel", "online"));
        as("respondent2@demo-city").post("/api/submissions/" + other + "/submit").then().statusCode(200);

        long closed = assessment("Autumn 2025 round");
        as(CITY_COORDINATOR).post("/api/assessments/" + closed + "/open").then().statusCode(200);
        long closedSubmission = TestData.submissionOf(CITY_RESPONDENT, closed);
        answer(CITY_RESPONDENT, closedSubmission, Map.of("many-users", "no", "main-channel", "phone",
                "other-channels", java.util.List.of("online", "post"), "phone-hours", "Weekdays 8–12"));
        as(CITY_COORDINATOR).post("/api/assessments/" + closed + "/close").then().statusCode(200);
        assessment("Draft for next year");

        Files.writeString(Path.of("target", "browser-checks.json"), String.format(
                "{\"open\": %d, \"submission\": %d, \"closed\": %d, \"closedSubmission\": %d}%n", open, filling,
                closed, closedSubmission));
        Thread.sleep(Long.parseLong(System.getProperty("browser-checks.seconds")) * 1000);
    }
}
