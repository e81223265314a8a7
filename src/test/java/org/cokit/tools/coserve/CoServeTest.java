package org.cokit.tools.coserve;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.PASSWORD;
import static org.cokit.TestData.REGION_COORDINATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cokit.TestData;
import org.cokit.TestData.Browser;
import org.junit.jupiter.api.Test;

/** CoServe over HTTP: services, their assessments, the ranking, the choice and its history, pages and errors. */
@QuarkusTest
class CoServeTest {

    @Test
    void demoCityHasFourAssessedServicesAndAChoice() {
        Response response = given().auth().preemptive().basic(CITY_MANAGER, PASSWORD).get("/api/coserve/ranking");
        List<Map<String, Object>> ranking = response.then().statusCode(200).extract().path("services");
        List<String> demo = List.of("Parking permits for residents", "Kindergarten enrolment",
                "Bulky waste collection", "Building permits");
        List<Map<String, Object>> entries = demo.stream().map(name -> ranking.stream()
                .filter(e -> name.equals(e.get("name"))).findFirst().orElseThrow()).toList();
        assertEquals(List.of("highly-suitable", "highly-suitable", "suitable", "unsuitable"),
                entries.stream().map(CoServeTest::value).toList());
        assertEquals(99.40, score(entries.get(0)), 0.005);
        assertEquals(99.31, score(entries.get(1)), 0.005);   // the tie on level, broken by score
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(ranking.indexOf(entries.get(i - 1)) < ranking.indexOf(entries.get(i)));
        }
        assertEquals(3, ((Number) entries.get(0).get("respondents")).intValue());
        List<Map<String, Object>> history = response.then().extract().path("history");
        assertEquals("Parking permits for residents", history.get(history.size() - 1).get("service"));
    }

    @Test
    void aCoordinatorListsServices() {
        long id = CoServeTestData.service("Library cards");
        String name = CoServeTestData.name(id);
        given().auth().preemptive().basic(CITY_MANAGER, PASSWORD).get("/api/services").then().statusCode(200)
                .body("name", hasItem(name)).body("find { it.id == " + id + " }.channels", equalTo(List.of("web",
                        "phone")));
        given().auth().preemptive().basic(CITY_MANAGER, PASSWORD).get("/api/services/" + id).then().statusCode(200)
                .body("responsibleUnit", equalTo("Test Unit")).body("approximateUsers", equalTo(1200))
                .body("chosen", equalTo(false));
        given().auth().preemptive().basic(CITY_MANAGER, PASSWORD).contentType("application/json")
                .body(Map.of("name", "Not mine to add")).post("/api/services").then().statusCode(403);
    }

    @Test
    void servicesRankByLevelThenScoreAndAReverseCodedYesLowersSuitability() {
        long best = CoServeTestData.service("Best");
        long expert = CoServeTestData.service("Expert");
        long decided = CoServeTestData.service("Decided");
        long waiting = CoServeTestData.service("Waiting");
        CoServeTestData.assessed(decided, "yyyyyn yyyyyyy");   // regulated and outcome-known Yes: suitable
        CoServeTestData.assessed(expert, "yyyyyy yynnyyy");    // expert-matter Yes: highly suitable, lower score
        CoServeTestData.assessed(best, CoServeTestData.FAVOURABLE);
        List<Map<String, Object>> ranking = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD)
                .get("/api/coserve/ranking?lang=en").then().statusCode(200).extract().path("services");
        Map<String, Object> first = entry(ranking, best);
        Map<String, Object> second = entry(ranking, expert);
        Map<String, Object> third = entry(ranking, decided);
        assertTrue(ranking.indexOf(first) < ranking.indexOf(second), "the tie on level goes to the higher score");
        assertTrue(ranking.indexOf(second) < ranking.indexOf(third), "a higher level ranks first");
        assertEquals("highly-suitable", value(first));
        assertEquals("highly-suitable", value(second));
        assertEquals(100.0, score(first), 0.005);
        assertEquals(99.31, score(second), 0.005);   // the reverse-coded Yes lowers the score
        assertEquals("suitable", value(third));       // two reverse-coded Yes lower the level
        assertEquals(69.64, score(third), 0.005);
        assertTrue(((Number) first.get("rank")).intValue() < ((Number) second.get("rank")).intValue());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> groups = (Map<String, Map<String, Object>>) third.get("groups");
        assertEquals("high", groups.get("users").get("value"));
        assertEquals("medium", groups.get("organisation").get("value"));
        assertEquals("The organisation's perspective", groups.get("organisation").get("name"));
        assertEquals(2, ((Number) first.get("respondents")).intValue());
        assertEquals(false, first.get("provisional"));
        Map<String, Object> unassessed = entry(ranking, waiting);
        assertEquals(null, unassessed.get("rank"));
        assertTrue(ranking.indexOf(unassessed) > ranking.indexOf(third), "services not assessed come last");
    }

    @Test
    void theCoordinatorChoosesAServiceAndRevisesTheChoiceKeepingTheHistory() {
        long one = CoServeTestData.service("First choice");
        long two = CoServeTestData.service("Second choice");
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .body(Map.of("reason", "Most users")).post("/api/services/" + one + "/choose").then().statusCode(200)
                .body("serviceId", equalTo((int) one)).body("chosenBy", equalTo(CITY_COORDINATOR));
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .body(Map.of("reason", "The council changed its priorities")).post("/api/services/" + two + "/choose")
                .then().statusCode(200);
        Response ranking = given().auth().preemptive().basic(CITY_MANAGER, PASSWORD).get("/api/coserve/ranking");
        ranking.then().statusCode(200).body("chosen.serviceId", equalTo((int) two))
                .body("chosen.reason", equalTo("The council changed its priorities"))
                .body("history[0].serviceId", equalTo((int) two)).body("history[1].serviceId", equalTo((int) one))
                .body("history[1].reason", equalTo("Most users")).body("history[1].chosenBy", equalTo(CITY_COORDINATOR));
        given().auth().preemptive().basic(CITY_MANAGER, PASSWORD).get("/api/services/" + two).then()
                .body("chosen", equalTo(true));
        given().auth().preemptive().basic(CITY_MANAGER, PASSWORD).get("/api/services/" + one).then()
                .body("chosen", equalTo(false));
        // the home page's CoServe step is done and names the chosen service
        String home = TestData.login(CITY_MANAGER, PASSWORD).get("/").then().statusCode(200).extract().asString();
        assertTrue(home.contains("Chosen service: " + CoServeTestData.name(two)), home);
        // and the ranking page shows the history
        String page = TestData.login(CITY_COORDINATOR, PASSWORD).get("/services/ranking").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("The council changed its priorities") && page.contains("Most users"));
        given().auth().preemptive().basic(CITY_MANAGER, PASSWORD).contentType("application/json")
                .body(Map.of("reason", "Managers only read")).post("/api/services/" + one + "/choose").then()
                .statusCode(403);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertField(Map.of("description", "no name"), "name", "required");
        assertField(Map.of("name", "Negative", "approximateUsers", -5), "approximateUsers", "out-of-range");
        assertField(Map.of("name", "Fax", "channels", List.of("web", "fax")), "channels", "invalid-choice");
        long id = CoServeTestData.service("Reasonless");
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .body(Map.of("reason", " ")).post("/api/services/" + id + "/choose").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
    }

    @Test
    void pagesReRenderWithTheMessageNextToTheField() {
        Browser coordinator = TestData.login(CITY_COORDINATOR, PASSWORD);
        Response added = coordinator.submit("/services", "/services", Map.of("name", "", "approximateUsers", "-3"));
        assertEquals(400, added.statusCode());
        String html = added.asString();
        assertTrue(html.contains("href=\"#name\"") && html.contains("id=\"name-error\""), html);
        assertTrue(html.contains("href=\"#approximateUsers\"") && html.contains("id=\"approximateUsers-error\""));
        assertTrue(html.contains("value=\"-3\""), "what was typed stays");
        Response channel = coordinator.submit("/services", "/services", Map.of("name", "Fax", "channels", "fax"));
        assertEquals(400, channel.statusCode());
        assertTrue(channel.asString().contains("id=\"channels-error\""));
        long id = CoServeTestData.service("Page choice");
        Response chosen = coordinator.submit("/services/ranking", "/services/ranking/choice",
                Map.of("service", id, "reason", ""));
        assertEquals(400, chosen.statusCode());
        assertTrue(chosen.asString().contains("href=\"#reason\"") && chosen.asString().contains("id=\"reason-error\""));
        Response ok = coordinator.submit("/services", "/services", Map.of("name", "From the page " + System.nanoTime(),
                "approximateUsers", "250", "channels", "office"));
        assertEquals(303, ok.statusCode());
    }

    @Test
    void anotherOrganisationsServiceAnswers404() {
        long city = CoServeTestData.service("City only");
        given().auth().preemptive().basic(REGION_COORDINATOR, PASSWORD).get("/api/services/" + city).then()
                .statusCode(404);
        given().auth().preemptive().basic(REGION_COORDINATOR, PASSWORD).contentType("application/json")
                .body(Map.of("reason", "Taking over")).post("/api/services/" + city + "/choose").then().statusCode(404);
        given().auth().preemptive().basic(REGION_COORDINATOR, PASSWORD).get("/api/services").then().statusCode(200)
                .body("id", not(hasItem((int) city)));
        given().auth().preemptive().basic(REGION_COORDINATOR, PASSWORD).contentType("application/json")
                .body(Map.of("tool", "coserve", "subjectId", city)).post("/api/assessments").then().statusCode(400)
                .body("errors[0].field", equalTo("subjectId"));
        Browser region = TestData.login(REGION_COORDINATOR, PASSWORD);
        assertEquals(404, region.submit("/services/ranking", "/services/ranking/choice",
                Map.of("service", city, "reason", "Taking over")).statusCode());
        assertEquals(404, region.submit("/services", "/services/" + city + "/assessments", Map.of()).statusCode());
    }

    @Test
    void theRankingPageShowsTheMatrixAsARealTable() {
        long service = CoServeTestData.service("Matrix");
        CoServeTestData.assessed(service, "yyyyyy yynnyyy");
        String name = CoServeTestData.name(service);
        String page = TestData.login(CITY_MANAGER, PASSWORD).get("/services/ranking").then().statusCode(200)
                .extract().asString();
        String matrix = between(page, "<table class=\"matrix\">", "</table>");
        assertTrue(matrix.contains("<caption>"), matrix);
        assertTrue(matrix.contains("<th scope=\"col\">Criterion</th>"));
        assertTrue(matrix.contains("<th scope=\"col\">" + name + "</th>"), "a column per service");
        assertTrue(matrix.contains("<th scope=\"row\">Expert matter (reverse)</th>"), "a row per criterion");
        assertTrue(matrix.contains("scope=\"rowgroup\""), "the groups head their rows");
        assertTrue(matrix.contains("counts against") && matrix.contains("counts for"), "effects in words");
        // the installation's own criteria (src/test/resources/questionnaires/extensions) show, not scored
        assertTrue(matrix.contains("Your organisation&#39;s own criteria (not scored)"), matrix);
        assertTrue(matrix.contains("<th scope=\"row\">Could EU funding support the renewal?</th>"));
        String ranking = between(page, "<table class=\"ranking\">", "</table>");
        assertTrue(ranking.contains("<th scope=\"row\">" + name) && ranking.contains("Highly suitable"));
        assertTrue(page.contains("<svg role=\"img\" aria-labelledby=\"chart-title chart-desc\""));
        assertTrue(page.contains("<title id=\"chart-title\">"));
        assertTrue(page.contains("What would have to change"));
        assertFalse(page.contains("style="), "no inline styles under the Content-Security-Policy");
    }

    @Test
    void theRankingExportsAsCsv() {
        long service = CoServeTestData.service("Csv, \"quoted\"");
        CoServeTestData.assessed(service, CoServeTestData.FAVOURABLE);
        String csv = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD)
                .get("/api/coserve/ranking.csv?lang=en").then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("\uFEFF"), "a byte-order mark for Excel");
        String[] lines = csv.substring(1).split("\r\n");
        assertTrue(lines[0].startsWith("rank,service,suitability,score,The service users' perspective,"
                + "The organisation's perspective,respondents,assessment,chosen,Many users"), lines[0]);
        Matcher row = Pattern.compile("^\\d+,\"Csv, \"\"quoted\"\" \\d+\",Highly suitable,100\\.00,High,High,2,closed,,yes,")
                .matcher("");
        assertTrue(List.of(lines).stream().anyMatch(l -> row.reset(l).find()), csv);
        Response page = TestData.login(CITY_COORDINATOR, PASSWORD).get("/services/ranking.csv");
        assertEquals(200, page.statusCode());
        assertTrue(page.getHeader("Content-Disposition").contains("coserve-ranking.csv"));
    }

    @Test
    void theRankingExportsAsPdf() {
        Response pdf = TestData.login(CITY_MANAGER, PASSWORD).get("/services/ranking.pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.getContentType().startsWith("application/pdf"));
        byte[] bytes = pdf.asByteArray();
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(bytes.length > 2000);
    }

    @Test
    void theQuestionnaireRendersInEveryLanguage() {
        // as QuestionnaireLanguagesTest does for the tools without a subject
        Number id = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .body(Map.of("tool", "coserve", "subjectId", CoServeTestData.service("Languages")))
                .post("/api/assessments").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .post("/api/assessments/" + id + "/open").then().statusCode(200);
        long submission = TestData.submissionOf(CITY_COORDINATOR, id.longValue());
        Browser coordinator = TestData.login(CITY_COORDINATOR, PASSWORD);
        for (org.cokit.i18n.Language language : org.cokit.i18n.Language.values()) {
            coordinator.cookies().put(org.cokit.web.RequestLanguage.COOKIE, language.tag());
            for (String path : List.of("/sections/users", "/sections/organisation", "/sections/our-criteria",
                    "/review")) {
                String page = coordinator.get("/submissions/" + submission + path).then().statusCode(200).extract()
                        .asString();
                int english = page.split("lang=\"en\"", -1).length - 1;
                assertEquals(language == org.cokit.i18n.Language.EN ? 2 : 1, english, path + " in " + language);
                assertFalse(page.contains("???"), path + " in " + language);
            }
            for (String path : List.of("/services", "/services/ranking")) {
                String page = coordinator.get(path).then().statusCode(200).extract().asString();
                assertTrue(page.contains("<html lang=\"" + language.tag() + "\">"), path + " in " + language);
                assertFalse(page.contains("???"), path + " in " + language);
            }
        }
    }

    private static void assertField(Map<String, Object> body, String field, String code) {
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json").body(body)
                .post("/api/services").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)).body("errors.find { it.field == '" + field + "' }.code",
                        equalTo(code));
    }

    private static Map<String, Object> entry(List<Map<String, Object>> ranking, long id) {
        return ranking.stream().filter(e -> ((Number) e.get("id")).longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("service " + id + " is not in the ranking " + ranking));
    }

    @SuppressWarnings("unchecked")
    private static String value(Map<String, Object> entry) {
        return (String) ((Map<String, Object>) entry.get("suitability")).get("value");
    }

    @SuppressWarnings("unchecked")
    private static double score(Map<String, Object> entry) {
        return ((Number) ((Map<String, Object>) entry.get("suitability")).get("score")).doubleValue();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "no " + start + " in " + text);
        return text.substring(from, text.indexOf(end, from) + end.length());
    }
}
