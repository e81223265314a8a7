package org.cokit.web;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cokit.TestData;
import org.cokit.TestData.Browser;
import org.cokit.engine.ToolDefinition;
import org.cokit.engine.ToolRegistry;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.definition.Section;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.cokit.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * Every section page and the review page of every shipped questionnaire a tool answers renders in all four
 * languages with nothing falling back to English (a fallback is marked {@code lang="en"} on the text).
 */
@QuarkusTest
class QuestionnaireLanguagesTest {

    @Inject
    ToolRegistry tools;

    @Inject
    QuestionnaireRegistry questionnaires;

    @Test
    void everyShippedQuestionnaireRendersInEveryLanguage() {
        List<ToolDefinition> shipped = tools.ids().stream().map(id -> tools.find(id).orElseThrow())
                .filter(t -> !t.assessesSubject())
                .filter(t -> Files.exists(Path.of("questionnaires", t.questionnaireId() + ".yaml"))).toList();
        assertFalse(shipped.isEmpty(), "no shipped questionnaire found");
        Browser coordinator = TestData.login(CITY_COORDINATOR, PASSWORD);
        for (ToolDefinition tool : shipped) {
            Questionnaire questionnaire = questionnaires.find(tool.questionnaireId()).orElseThrow();
            long submission = openSubmission(tool.id());
            for (Language language : Language.values()) {
                coordinator.cookies().put(RequestLanguage.COOKIE, language.tag());
                for (Section section : questionnaire.sections()) {
                    String path = "/submissions/" + submission + "/sections/" + section.id();
                    assertRendered(coordinator.get(path).then().statusCode(200).extract().asString(), language,
                            tool.id() + " " + path);
                }
                assertRendered(coordinator.get("/submissions/" + submission + "/review").then().statusCode(200)
                        .extract().asString(), language, tool.id() + " review");
            }
        }
    }

    private static void assertRendered(String page, Language language, String where) {
        assertTrue(page.contains("<html lang=\"" + language.tag() + "\">"), where + " in " + language);
        // lang="en" stands on the language switcher's English option (and on <html> of an English page); any
        // other is a text that fell back to English
        int english = page.split("lang=\"en\"", -1).length - 1;
        assertEquals(language == Language.EN ? 2 : 1, english, where + " has texts without a " + language
                + " translation");
        assertFalse(page.contains("???"), where + " shows a missing message key");
    }

    private static long openSubmission(String tool) {
        Number id = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .body(Map.of("tool", tool, "title", "Languages " + System.nanoTime())).post("/api/assessments")
                .then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .post("/api/assessments/" + id + "/open").then().statusCode(200);
        return TestData.submissionOf(CITY_COORDINATOR, id.longValue());
    }
}
