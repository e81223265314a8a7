package org.cokit.scoring.results;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.cokit.TestData.REGION_COORDINATOR;
import static org.cokit.TestData.openAssessment;
import static org.cokit.TestData.submissionOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.cokit.TestData;
import org.cokit.organisation.Role;
import org.cokit.scoring.loading.RuleSetRegistry;
import org.junit.jupiter.api.Test;

/** An assessment's result: the group's answers scored with the pinned rule set, live while open, frozen at close. */
@QuarkusTest
class AssessmentResultTest {

    @Inject
    TestData data;

    @Inject
    EntityManager entityManager;

    @Inject
    RuleSetRegistry ruleSets;

    @Test
    void theResultScoresTheGroupsAnswersAndShowsWhereRespondentsDisagree() {
        long assessment = openAssessment();
        given(CITY_COORDINATOR).get("/api/assessments/" + assessment).then().statusCode(200)
                .body("ruleSetId", equalTo("sample-dex"))
                .body("ruleSetVersion", equalTo(ruleSets.find("sample-dex").orElseThrow().version()));
        String second = data.newMember(CITY_COORDINATOR, PASSWORD, Role.RESPONDENT);
        submit(CITY_RESPONDENT, assessment, Map.of("many-users", "yes", "satisfaction", 5, "main-channel", "online",
                "users-count", 200000));
        submit(second, assessment, Map.of("many-users", "yes", "satisfaction", 2, "main-channel", "phone",
                "users-count", 500, "complaints", "Queues"));
        String drafter = data.newMember(CITY_COORDINATOR, PASSWORD, Role.RESPONDENT);
        given(drafter).body(Map.of("answers", Map.of("many-users", "no")))
                .put("/api/submissions/" + submissionOf(drafter, assessment) + "/answers").then().statusCode(200);

        JsonPath result = given(CITY_MANAGER).get("/api/assessments/" + assessment + "/result?lang=sl").then()
                .statusCode(200)
                .body("frozen", equalTo(false))
                .body("status", equalTo("open"))
                .body("respondents", equalTo(2))
                .body("questions.find { it.id == 'many-users' }.counts", equalTo(Map.of("yes", 2, "no", 0)))
                .body("questions.find { it.id == 'many-users' }.groupAnswer", equalTo("yes"))
                .body("questions.find { it.id == 'satisfaction' }.groupAnswer", equalTo("2"))
                .body("questions.find { it.id == 'main-channel' }.groupAnswer", nullValue())
                .body("questions.find { it.id == 'users-count' }.groupAnswer", equalTo("500"))
                .body("mostDisputed", hasItem("satisfaction"))
                .body("mostDisputed", org.hamcrest.Matchers.not(hasItem("many-users")))
                .body("score.language", equalTo("sl"))
                .body("score.explanation", notNullValue())
                .extract().jsonPath();
        // The group's answers score exactly as the same answers sent to the scoring API.
        JsonPath direct = given(CITY_COORDINATOR).body(Map.of("answers", Map.of("many-users", "yes", "satisfaction",
                "2", "users-count", "500"))).post("/api/scoring/sample-dex/evaluate?lang=sl").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(direct.getMap("root"), result.getMap("score.root"));
        assertEquals(direct.getMap("nodes"), result.getMap("score.nodes"));
    }

    @Test
    void closingFreezesTheResultAndItStaysTheSame() {
        long assessment = openAssessment();
        submit(CITY_RESPONDENT, assessment, Map.of("many-users", "no", "satisfaction", 1, "main-channel", "phone",
                "complaints", "Queues"));
        Map<String, Object> open = given(CITY_COORDINATOR).get("/api/assessments/" + assessment + "/result").then()
                .statusCode(200).body("frozen", equalTo(false)).extract().jsonPath().getMap("score");
        given(CITY_COORDINATOR).post("/api/assessments/" + assessment + "/close").then().statusCode(200);

        Map<String, Object> closed = given(CITY_COORDINATOR).get("/api/assessments/" + assessment + "/result").then()
                .statusCode(200).body("frozen", equalTo(true)).body("respondents", equalTo(1))
                .body("score.root.values", contains("unsuitable", "conditional"))
                .extract().jsonPath().getMap("score");
        assertEquals(open, closed);
        assertEquals(ruleSets.find("sample-dex").orElseThrow().attributes().size(), frozenRows(assessment),
                "one stored row per node and input");
    }

    @Test
    void aStoredResultWinsOverWhatTheRuleSetWouldComputeNow() {
        long assessment = openAssessment();
        submit(CITY_RESPONDENT, assessment, Map.of("many-users", "yes", "satisfaction", 5, "main-channel", "online",
                "users-count", 200000));
        given(CITY_COORDINATOR).post("/api/assessments/" + assessment + "/close").then().statusCode(200);
        overwriteFrozenRoot(assessment);
        given(CITY_COORDINATOR).get("/api/assessments/" + assessment + "/result").then().statusCode(200)
                .body("frozen", equalTo(true))
                .body("score.root.value", equalTo("unsuitable"))
                .body("score.root.score", equalTo(12.5f))
                .body("score.explanation", nullValue());
    }

    @Test
    void withoutSubmissionsThereIsNoScoreYet() {
        long assessment = openAssessment();
        given(CITY_COORDINATOR).get("/api/assessments/" + assessment + "/result").then().statusCode(200)
                .body("respondents", equalTo(0))
                .body("score", nullValue())
                .body("questions.find { it.id == 'many-users' }.answered", equalTo(0));
    }

    @Test
    void onlyCoordinatorsAndManagersOfTheOrganisationSeeIt() {
        long assessment = openAssessment();
        given(CITY_RESPONDENT).get("/api/assessments/" + assessment + "/result").then().statusCode(403);
        given(REGION_COORDINATOR).get("/api/assessments/" + assessment + "/result").then().statusCode(404);
        given(CITY_COORDINATOR).get("/api/assessments/" + assessment + "/result?lang=xx").then().statusCode(400)
                .body("errors[0].field", equalTo("lang"));
    }

    private static RequestSpecification given(String email) {
        return io.restassured.RestAssured.given().auth().preemptive().basic(email, PASSWORD)
                .contentType("application/json");
    }

    private static void submit(String email, long assessment, Map<String, Object> answers) {
        long submission = submissionOf(email, assessment);
        given(email).body(Map.of("answers", answers)).put("/api/submissions/" + submission + "/answers").then()
                .log().ifValidationFails().statusCode(200);
        given(email).post("/api/submissions/" + submission + "/submit").then().statusCode(200);
    }

    @Transactional
    long frozenRows(long assessment) {
        return entityManager.createQuery("select count(r) from FrozenNodeResult r where r.assessment.id = :a",
                Long.class).setParameter("a", assessment).getSingleResult();
    }

    @Transactional
    void overwriteFrozenRoot(long assessment) {
        List<FrozenNodeResult> rows = entityManager.createQuery("from FrozenNodeResult r where r.assessment.id = :a"
                + " and r.nodeId = 'overall'", FrozenNodeResult.class).setParameter("a", assessment).getResultList();
        rows.get(0).levelMin = 0;
        rows.get(0).levelMax = 0;
        rows.get(0).score = 12.5;
    }
}
