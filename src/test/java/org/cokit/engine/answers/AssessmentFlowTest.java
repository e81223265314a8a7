package org.cokit.engine.answers;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import static org.cokit.TestData.openAssessment;
import static org.cokit.TestData.submissionOf;

@QuarkusTest
class AssessmentFlowTest {

    static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, PASSWORD).contentType("application/json");
    }

    static Response save(String email, long submissionId, Map<String, Object> answers, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answers);
        if (version != null) {
            body.put("version", version);
        }
        return as(email).body(body).put("/api/submissions/" + submissionId + "/answers");
    }

    @Test
    void aRespondentAnswersResumesAndSubmits() {
        long assessment = openAssessment();
        int first = as(CITY_RESPONDENT).post("/api/assessments/" + assessment + "/submissions").then().statusCode(201)
                .body("status", equalTo("draft")).body("percent", equalTo(0)).extract().path("id");
        as(CITY_RESPONDENT).post("/api/assessments/" + assessment + "/submissions").then().statusCode(200)
                .body("id", equalTo(first));

        save(CITY_RESPONDENT, first, Map.of("many-users", "yes", "satisfaction", 4), null).then().statusCode(200)
                .body("answers.many-users", equalTo("yes")).body("answers.satisfaction", equalTo("4"))
                .body("unansweredRequired", hasItem("users-count"));
        as(CITY_RESPONDENT).post("/api/submissions/" + first + "/submit").then().statusCode(400)
                .body("errors.field", hasItem("users-count"));
        save(CITY_RESPONDENT, first, Map.of("users-count", 1200), null).then().statusCode(200);

        as(CITY_RESPONDENT).get("/api/submissions/" + first).then().statusCode(200)
                .body("answers.users-count", equalTo("1200"));
        as(CITY_RESPONDENT).post("/api/submissions/" + first + "/submit").then().statusCode(200)
                .body("status", equalTo("submitted"));
        save(CITY_RESPONDENT, first, Map.of("satisfaction", 1), null).then().statusCode(409)
                .body("errors[0].field", equalTo("status"));
        as(CITY_RESPONDENT).get("/api/submissions/" + first).then().body("answers.satisfaction", equalTo("4"));
        as(CITY_COORDINATOR).get("/api/assessments/" + assessment).then().body("submissions", equalTo(1))
                .body("submitted", equalTo(1));
    }

    @Test
    void hidingAQuestionDropsItFromWhatIsRequired() {
        long submission = submissionOf(CITY_RESPONDENT, openAssessment());
        save(CITY_RESPONDENT, submission, Map.of("many-users", "yes"), null).then()
                .body("unansweredRequired", hasItem("users-count"));
        save(CITY_RESPONDENT, submission, Map.of("many-users", "no"), null).then()
                .body("unansweredRequired", not(hasItem("users-count")));
    }

    @Test
    void badValuesAreRefusedPerQuestionAndNothingIsSaved() {
        long submission = submissionOf(CITY_RESPONDENT, openAssessment());
        save(CITY_RESPONDENT, submission, Map.of("main-channel", "online"), null).then().statusCode(200);
        save(CITY_RESPONDENT, submission, Map.of("main-channel", "phone", "satisfaction", 9, "no-such-question", "x"),
                null).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("satisfaction", "no-such-question"));
        as(CITY_RESPONDENT).get("/api/submissions/" + submission).then()
                .body("answers.main-channel", equalTo("online")).body("answers", not(hasKey("satisfaction")));
    }

    @Test
    void reSavingTheSameAnswersIsIdempotent() {
        long submission = submissionOf(CITY_RESPONDENT, openAssessment());
        long v1 = save(CITY_RESPONDENT, submission, Map.of("many-users", "no"), null).then().statusCode(200)
                .extract().<Number>path("version").longValue();
        long v2 = save(CITY_RESPONDENT, submission, Map.of("many-users", "no"), 0L).then().statusCode(200)
                .extract().<Number>path("version").longValue();
        assertEquals(v1, v2, "an unchanged save leaves the version alone, even from a stale window");
    }

    @Test
    void aStaleWindowIsToldInsteadOfOverwriting() {
        long submission = submissionOf(CITY_RESPONDENT, openAssessment());
        long seen = save(CITY_RESPONDENT, submission, Map.of("main-channel", "online"), null).then()
                .extract().<Number>path("version").longValue();
        save(CITY_RESPONDENT, submission, Map.of("main-channel", "counter"), seen).then().statusCode(200);
        save(CITY_RESPONDENT, submission, Map.of("main-channel", "phone"), seen).then().statusCode(409)
                .body("errors[0].field", equalTo("version")).body("detail", containsString("elsewhere"));
        as(CITY_RESPONDENT).get("/api/submissions/" + submission).then().body("answers.main-channel", equalTo("counter"));
    }

    @Test
    void twoConcurrentWritersAtTheSameVersionNeverBothWin() throws Exception {
        long submission = submissionOf(CITY_RESPONDENT, openAssessment());
        long seen = save(CITY_RESPONDENT, submission, Map.of("main-channel", "online"), null).then()
                .extract().<Number>path("version").longValue();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> writers = new java.util.ArrayList<>();
            String[] channels = {"counter", "phone"};
            for (int i = 0; i < 8; i++) {
                String channel = channels[i % 2];
                writers.add(() -> save(CITY_RESPONDENT, submission, Map.of("main-channel", channel), seen)
                        .statusCode());
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(writers)) {
                statuses.add(f.get());
            }
            long won = statuses.stream().filter(s -> s == 200).count();
            assertEquals(statuses.size(), won + statuses.stream().filter(s -> s == 409).count(), statuses.toString());
            long newVersion = as(CITY_RESPONDENT).get("/api/submissions/" + submission).then().extract()
                    .<Number>path("version").longValue();
            // every 200 moved the version by one from the same starting point only if it changed something
            assertNotEquals(seen, newVersion);
            assertEquals(seen + 1, newVersion, "exactly one writer at version " + seen + " may win: " + statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClosedAssessmentRefusesSavesAndKeepsWhatWasSaved() {
        long assessment = openAssessment();
        long submission = submissionOf(CITY_RESPONDENT, assessment);
        save(CITY_RESPONDENT, submission, Map.of("main-channel", "online"), null).then().statusCode(200);
        as(CITY_COORDINATOR).post("/api/assessments/" + assessment + "/close").then().statusCode(200)
                .body("status", equalTo("closed"));
        save(CITY_RESPONDENT, submission, Map.of("main-channel", "phone"), null).then().statusCode(409)
                .body("detail", containsString("closed"));
        as(CITY_RESPONDENT).get("/api/submissions/" + submission).then().body("answers.main-channel", equalTo("online"));
        as(CITY_COORDINATOR).post("/api/assessments/" + assessment + "/close").then().statusCode(409);
    }

    @Test
    void onlyCoordinatorsRunAssessmentsAndNobodyReadsAnothersSubmission() {
        as(CITY_RESPONDENT).body(Map.of("tool", SampleTool.ID)).post("/api/assessments").then().statusCode(403);
        as(CITY_MANAGER).body(Map.of("tool", SampleTool.ID)).post("/api/assessments").then().statusCode(403);
        long assessment = openAssessment();
        as(CITY_RESPONDENT).post("/api/assessments/" + assessment + "/close").then().statusCode(403);
        as(CITY_MANAGER).post("/api/assessments/" + assessment + "/submissions").then().statusCode(403);
        long submission = submissionOf(CITY_RESPONDENT, assessment);
        as("respondent2@demo-city").get("/api/submissions/" + submission).then().statusCode(404);
        as(CITY_COORDINATOR).get("/api/submissions/" + submission).then().statusCode(404);
        save("respondent2@demo-city", submission, Map.of("main-channel", "phone"), null).then().statusCode(404);
    }

    @Test
    void theListIsNewestFirstAndFiltersByToolAndStatus() {
        long older = openAssessment();
        long newer = openAssessment();
        as(CITY_COORDINATOR).post("/api/assessments/" + older + "/close").then().statusCode(200);
        List<Integer> open = as(CITY_RESPONDENT).get("/api/assessments?tool=" + SampleTool.ID + "&status=open").then()
                .statusCode(200).extract().path("id");
        assertEquals((int) newer, open.get(0));
        as(CITY_RESPONDENT).get("/api/assessments?status=closed").then().body("id", hasItem((int) older))
                .body("id", not(hasItem((int) newer)));
        as(CITY_RESPONDENT).get("/api/assessments?status=finished").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void badStartRequestsNameTheField() {
        as(CITY_COORDINATOR).body(Map.of("tool", "no-such-tool")).post("/api/assessments").then().statusCode(400)
                .body("errors[0].field", equalTo("tool"));
        as(CITY_COORDINATOR).body(Map.of("tool", SampleTool.ID, "subjectId", 5)).post("/api/assessments").then()
                .statusCode(400).body("errors[0].field", equalTo("subjectId"));
        as(CITY_COORDINATOR).body("{}").post("/api/assessments").then().statusCode(400)
                .body("errors.field", contains("tool"));
    }
}
