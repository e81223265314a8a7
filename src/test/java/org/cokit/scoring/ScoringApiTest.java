package org.cokit.scoring;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /api/scoring/{ruleSetId}/evaluate on the test profile's rule sets (src/test/resources/scoring-rules/valid). */
@QuarkusTest
class ScoringApiTest {

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, PASSWORD).contentType("application/json");
    }

    private static Map<String, Object> body(Object... idsAndAnswers) {
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < idsAndAnswers.length; i += 2) {
            answers.put((String) idsAndAnswers[i], idsAndAnswers[i + 1]);
        }
        return Map.of("answers", answers);
    }

    @Test
    void aDexResultHasEveryNodeWithLevelScoreLabelExplanationAndActions() {
        as(CITY_COORDINATOR).body(body("many-users", "no", "satisfaction", "1", "main-channel", "phone"))
                .post("/api/scoring/sample-dex/evaluate").then().statusCode(200)
                .body("ruleSet", equalTo("sample-dex"))
                .body("language", equalTo("en"))
                .body("root.id", equalTo("overall"))
                .body("root.name", equalTo("Suitability"))
                .body("root.levelMin", equalTo(0))
                .body("root.levelMax", equalTo(1))
                .body("root", not(hasKey("level")))
                .body("root.values", contains("unsuitable", "conditional"))
                .body("root.score", equalTo(16.67f))
                .body("nodes.users.level", equalTo(0))
                .body("nodes.users.value", equalTo("low"))
                .body("nodes.users.label", equalTo("Low"))
                .body("nodes.users.score", equalTo(0.0f))
                .body("nodes.users.group", equalTo("bad"))
                .body("nodes.reach.level", equalTo(0))
                .body("nodes", not(hasKey("many-users")))
                .body("explanation.weak.node.id", contains("users", "reach"))
                .body("explanation.weak[0].answers.question", contains("many-users", "satisfaction"))
                .body("explanation.weak[0].answers[1].text", equalTo("How satisfied are the users?"))
                .body("explanation.weak[0].answers[1].answer", equalTo("1"))
                .body("recommendations.id", contains("know-your-users", "open-a-channel"))
                .body("recommendations[0].effort", equalTo("medium"))
                .body("recommendations[0].resources[0].url", equalTo("https://example.org/user-interviews"));
    }

    @Test
    void labelsComeInTheAskedLanguage() {
        as(CITY_RESPONDENT).queryParam("lang", "sl")
                .body(body("many-users", true, "satisfaction", 5, "main-channel", "online", "users-count", 200000))
                .post("/api/scoring/sample-dex/evaluate").then().statusCode(200)
                .body("language", equalTo("sl"))
                .body("root.level", equalTo(2))
                .body("root.label", equalTo("Primerna"))
                .body("root.score", equalTo(100.0f))
                .body("nodes.users.name", equalTo("Uporabniki"))
                .body("explanation.raise", empty())
                .body("recommendations", empty());
    }

    @Test
    void theWhatIfNamesTheAnswerThatWouldRaiseTheResult() {
        as(CITY_COORDINATOR).body(body("many-users", "yes", "satisfaction", "3", "main-channel", "counter",
                "users-count", "500")).post("/api/scoring/sample-dex/evaluate").then().statusCode(200)
                .body("root.value", equalTo("conditional"))
                .body("explanation.raise.question", hasItems("main-channel", "users-count", "satisfaction"))
                .body("explanation.raise.findAll { it.changesLevel }.question",
                        contains("main-channel", "users-count"))
                .body("explanation.raise[0].answer", equalTo("counter"))
                .body("explanation.raise[0].newAnswer", equalTo("online"))
                .body("explanation.raise[0].newRoot.value", equalTo("suitable"))
                .body("explanation.raise[0].change", equalTo(38.89f))
                .body("explanation.raise[2].changesLevel", equalTo(false))
                .body("explanation.lower.question", contains("many-users", "satisfaction"));
    }

    @Test
    void answersToHiddenQuestionsAreNotScored() {
        // users-count is shown only when many-users is yes.
        as(CITY_COORDINATOR).queryParam("explain", false).body(body("many-users", "no", "satisfaction", "1",
                "main-channel", "phone", "users-count", "200000"))
                .post("/api/scoring/sample-dex/evaluate").then().statusCode(200)
                .body("root.levelMax", equalTo(1))
                .body("explanation", nullValue());
    }

    @Test
    void aWeightedResultLeavesNotApplicableOutOfTheDenominator() {
        as(CITY_COORDINATOR).body(body("many-users", "yes", "satisfaction", "n/a", "main-channel", "counter",
                "other-channels", List.of("online", "phone")))
                .post("/api/scoring/sample-weighted/evaluate").then().statusCode(200)
                .body("nodes.users.score", equalTo(100.0f))
                .body("nodes.users.value", equalTo("strong"))
                .body("nodes.access.score", equalTo(60.0f))
                .body("root.score", equalTo(90.0f))
                .body("root.value", equalTo("ready"))
                .body("root.level", equalTo(1))
                .body("root.group", equalTo("good"));
        as(CITY_COORDINATOR).body(body()).post("/api/scoring/sample-weighted/evaluate").then().statusCode(200)
                .body("root.id", equalTo("overall"))
                .body("root", not(hasKey("score")))
                .body("root", not(hasKey("level")));
    }

    @Test
    void badAnswersAreRefusedNamingTheQuestion() {
        as(CITY_COORDINATOR).body(body("many-users", "perhaps", "main-channel", "fax", "colour", "red",
                "satisfaction", "9")).post("/api/scoring/sample-dex/evaluate").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("answers.many-users", "answers.main-channel", "answers.colour",
                        "answers.satisfaction"))
                .body("errors.code", contains("invalid-choice", "invalid-choice", "unknown-question", "out-of-range"))
                .body("detail", containsString("answers.colour: is not a question of questionnaire 'sample'"));
        as(CITY_COORDINATOR).body(Map.of()).post("/api/scoring/sample-dex/evaluate").then().statusCode(400)
                .body("errors[0].field", equalTo("answers"));
        as(CITY_COORDINATOR).queryParam("lang", "de").body(body()).post("/api/scoring/sample-dex/evaluate").then()
                .statusCode(400).body("errors[0].field", equalTo("lang"));
    }

    @Test
    void anUnknownRuleSetIsNotFoundAndTheApiNeedsALogin() {
        as(CITY_COORDINATOR).body(body()).post("/api/scoring/no-such-rules/evaluate").then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType("application/json").body(body()).post("/api/scoring/sample-dex/evaluate").then()
                .statusCode(401);
    }
}
