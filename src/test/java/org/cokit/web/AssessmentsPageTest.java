package org.cokit.web;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.ADMIN;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.cokit.TestData;
import org.cokit.TestData.Browser;
import org.cokit.engine.answers.SampleTool;
import org.junit.jupiter.api.Test;

/** The assessments list: starting one's own submission, and a coordinator's draft, open and close. */
@QuarkusTest
class AssessmentsPageTest {

    private static final String RESPONDENT2 = "respondent2@demo-city";

    /** Creates a draft through the page's form; returns its id. */
    static long createDraft(Browser coordinator, String title) {
        coordinator.get("/assessments").then().statusCode(200);
        coordinator.post("/assessments", Map.of("tool", SampleTool.ID, "title", title), null).then().statusCode(303)
                .header("Location", endsWith("/assessments?done=created"));
        List<Map<String, Object>> drafts = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD)
                .get("/api/assessments?status=draft").then().extract().jsonPath().getList("$");
        return drafts.stream().filter(a -> title.equals(a.get("title"))).map(a -> ((Number) a.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    static void saveAll(String email, long submission, Map<String, Object> answers) {
        given().auth().preemptive().basic(email, PASSWORD).contentType("application/json")
                .body(Map.of("answers", answers)).put("/api/submissions/" + submission + "/answers").then()
                .statusCode(200);
    }

    @Test
    void aCoordinatorPreparesOpensAndClosesAndSeesWhoSubmittedButNotTheirAnswers() {
        Browser coordinator = TestData.login(CITY_COORDINATOR, PASSWORD);
        coordinator.get("/assessments").then().statusCode(200).body(containsString("<option value=\"sample-tool\">"))
                .body(containsString("action=\"/assessments\""));
        String title = "Round " + System.nanoTime();
        long id = createDraft(coordinator, title);
        coordinator.get("/assessments?done=created").then().body(containsString("The draft assessment has been created"))
                .body(containsString(title)).body(containsString("action=\"/assessments/" + id + "/open\""));
        TestData.login(CITY_RESPONDENT, PASSWORD).get("/assessments").then().body(not(containsString(title)));

        coordinator.post("/assessments/" + id + "/open", Map.of(), null).then().statusCode(303)
                .header("Location", endsWith("/assessments?done=opened"));
        long first = TestData.submissionOf(CITY_RESPONDENT, id);
        saveAll(CITY_RESPONDENT, first, Map.of("many-users", "no", "complaints", "secret complaint text"));
        given().auth().preemptive().basic(CITY_RESPONDENT, PASSWORD).contentType("application/json")
                .post("/api/submissions/" + first + "/submit")
                .then().statusCode(200);
        TestData.submissionOf(RESPONDENT2, id);

        String page = coordinator.get("/assessments").then().statusCode(200)
                .body(containsString("href=\"/assessments/" + id + "/close\""))
                .body(containsString("Submitted: 1 of 2")).extract().asString();
        String card = page.substring(page.indexOf(title));
        card = card.substring(0, card.indexOf("</li>"));
        assertTrue(card.contains("<td>Demo City Respondent 1</td><td>Submitted</td>"), card);
        assertTrue(card.contains("<td>Demo City Respondent 2</td><td>In progress</td>"), card);
        assertTrue(!page.contains("secret complaint text"), "a coordinator never sees anyone's answers");

        coordinator.get("/assessments/" + id + "/close").then().statusCode(200)
                .body(containsString("Close “" + title + "”?")).body(containsString("Submitted: 1 of 2"))
                .body(containsString("action=\"/assessments/" + id + "/close\""))
                .body(containsString("href=\"/assessments\""));
        coordinator.post("/assessments/" + id + "/close", Map.of(), null).then().statusCode(303)
                .header("Location", endsWith("/assessments?done=closed"));
        coordinator.get("/assessments?done=closed").then().body(containsString("The assessment is closed"))
                .body(not(containsString("href=\"/assessments/" + id + "/close\"")));
        coordinator.post("/assessments/" + id + "/close", Map.of(), null).then().statusCode(409)
                .body(containsString("changed in the meantime"));
        TestData.login(CITY_RESPONDENT, PASSWORD).get("/assessments").then()
                .body(containsString("href=\"/submissions/" + first + "\"")).body(containsString("See your answers"));
    }

    @Test
    void openAssessmentsComeFirstThenDraftsThenClosedOnes() {
        Browser coordinator = TestData.login(CITY_COORDINATOR, PASSWORD);
        String stamp = String.valueOf(System.nanoTime());
        long closed = createDraft(coordinator, "Closed " + stamp);
        coordinator.post("/assessments/" + closed + "/open", Map.of(), null).then().statusCode(303);
        coordinator.post("/assessments/" + closed + "/close", Map.of(), null).then().statusCode(303);
        createDraft(coordinator, "Draft " + stamp);
        long open = createDraft(coordinator, "Open " + stamp);
        coordinator.post("/assessments/" + open + "/open", Map.of(), null).then().statusCode(303);
        String page = coordinator.get("/assessments").asString();
        int o = page.indexOf("Open " + stamp);
        int d = page.indexOf("Draft " + stamp);
        int c = page.indexOf("Closed " + stamp);
        assertTrue(o >= 0 && o < d && d < c, "open, then draft, then closed");
    }

    @Test
    void theCreateFormKeepsWhatWasTypedAndNamesTheFields() {
        Browser coordinator = TestData.login(CITY_COORDINATOR, PASSWORD);
        coordinator.get("/assessments").then().statusCode(200);
        String longTitle = "t".repeat(201);
        String html = coordinator.post("/assessments", Map.of("tool", "", "title", longTitle), null).then()
                .statusCode(400).extract().asString();
        assertTrue(html.contains("<a href=\"#tool\">Please fill this in.</a>"), html);
        assertTrue(html.contains("value=\"" + longTitle + "\""));
        coordinator.post("/assessments", Map.of("tool", "no-such-tool"), null).then().statusCode(400)
                .body(containsString("id=\"tool-error\">Please choose one of the options."));
    }

    @Test
    void respondentsStartAndOnlyCoordinatorsRunAssessments() {
        long id = TestData.openAssessment();
        Browser respondent = TestData.login(CITY_RESPONDENT, PASSWORD);
        respondent.get("/").then().body(containsString("href=\"/assessments\""));
        respondent.get("/assessments").then().statusCode(200)
                .body(containsString("action=\"/assessments/" + id + "/submission\""))
                .body(not(containsString("action=\"/assessments\""))).body(not(containsString("/open\"")));
        respondent.post("/assessments", Map.of("tool", SampleTool.ID), null).then().statusCode(403);
        respondent.post("/assessments/" + id + "/close", Map.of(), null).then().statusCode(403);
        respondent.get("/assessments/" + id + "/close").then().statusCode(403);

        Browser manager = TestData.login(CITY_MANAGER, PASSWORD);
        manager.get("/assessments").then().statusCode(200)
                .body(not(containsString("action=\"/assessments/" + id + "/submission\"")));
        manager.post("/assessments/" + id + "/submission", Map.of(), null).then().statusCode(403);

        Browser admin = TestData.login(ADMIN, PASSWORD);
        admin.get("/").then().body(not(containsString("href=\"/assessments\"")));
        admin.get("/assessments").then().statusCode(404);
        TestData.anonymous().get("/assessments").then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void startingAClosedAssessmentIsRefusedWithAMessage() {
        long id = TestData.openAssessment();
        Browser respondent = TestData.login(CITY_RESPONDENT, PASSWORD);
        respondent.get("/assessments").then().statusCode(200);
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .post("/api/assessments/" + id + "/close").then()
                .statusCode(200);
        respondent.post("/assessments/" + id + "/submission", Map.of(), null).then().statusCode(409)
                .body(containsString("This assessment is not open"));
    }
}
