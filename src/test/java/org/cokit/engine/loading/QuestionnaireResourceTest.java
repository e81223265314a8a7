package org.cokit.engine.loading;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuestionnaireResourceTest {

    @Test
    void theDefinitionComesWithAllLanguagesOrInTheOneAskedFor() {
        given().auth().preemptive().basic(CITY_RESPONDENT, PASSWORD).get("/api/questionnaires").then().statusCode(200)
                .body("id", hasItem("sample"));
        given().auth().preemptive().basic(CITY_RESPONDENT, PASSWORD).get("/api/questionnaires/sample").then()
                .statusCode(200).body("version", equalTo(2))
                .body("title.en", equalTo("Sample questionnaire")).body("title.sl", equalTo("Vzorčni vprašalnik"))
                .body("sections[0].questions[0].id", equalTo("many-users"))
                .body("sections[0].questions[0].type", equalTo("yes-no"))
                .body("sections[0].questions[1].showIf", equalTo("answers[\"many-users\"] == \"yes\""));
        given().auth().preemptive().basic(CITY_RESPONDENT, PASSWORD).get("/api/questionnaires/sample?lang=hr").then()
                .statusCode(200).body("title", equalTo("Ogledni upitnik"));
    }

    @Test
    void unknownQuestionnaireVersionOrLanguage() {
        given().auth().preemptive().basic(CITY_RESPONDENT, PASSWORD).get("/api/questionnaires/nope").then()
                .statusCode(404);
        given().auth().preemptive().basic(CITY_RESPONDENT, PASSWORD).get("/api/questionnaires/sample?version=99")
                .then().statusCode(404);
        given().auth().preemptive().basic(CITY_RESPONDENT, PASSWORD).get("/api/questionnaires/sample?lang=fr")
                .then().statusCode(400).body("errors[0].field", equalTo("lang"));
        given().get("/api/questionnaires").then().statusCode(401);
    }
}
