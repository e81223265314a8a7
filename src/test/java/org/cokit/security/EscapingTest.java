package org.cokit.security;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.ADMIN;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cokit.TestData;
import org.junit.jupiter.api.Test;

/**
 * Puts script, markup and template-injection payloads into every free-text field the API takes, then follows the
 * links of every role's pages: no page may contain a payload raw, and each field's escaped form must show somewhere.
 * The CSV export defuses formulas and the PDF renders without interpreting the markup.
 */
@QuarkusTest
class EscapingTest {

    static final String PAYLOAD = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>{7*7}{{7*7}}";
    static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
            + "{7*7}{{7*7}}";

    @Inject
    TestData data;

    @Test
    void everyPageShowsTheUsersTextEscaped() {
        String run = "X" + System.nanoTime() % 1_000_000;
        Map<String, String> fields = new LinkedHashMap<>();
        long city = data.organisationIdOf(CITY_COORDINATOR);

        post(ADMIN, "/api/organisations", Map.of("name", field(fields, run, "organisation name"), "country", "SI",
                "governmentLevel", "LOCAL", "sector", "HEALTH", "sizeBand", "UP_TO_49", "language", "SL"), 201);
        post(CITY_COORDINATOR, "/api/organisations/" + city + "/invitations", Map.of("email",
                TestData.uniqueEmail("xss"), "displayName", field(fields, run, "invitee name"), "roles",
                List.of("respondent")), 201);
        long service = post(CITY_COORDINATOR, "/api/services", Map.of("name", field(fields, run, "service name"),
                "description", field(fields, run, "service description"), "responsibleUnit",
                field(fields, run, "responsible unit"), "approximateUsers", 10, "channels", List.of("web")), 201);
        post(CITY_COORDINATOR, "/api/services/" + service + "/choose",
                Map.of("reason", field(fields, run, "choice reason")), 200);
        long assessment = post(CITY_COORDINATOR, "/api/assessments", Map.of("tool", "sample-tool", "title",
                field(fields, run, "assessment title")), 201);
        post(CITY_COORDINATOR, "/api/assessments/" + assessment + "/open", null, 200);
        long submission = TestData.submissionOf(CITY_RESPONDENT, assessment);
        given().auth().preemptive().basic(CITY_RESPONDENT, PASSWORD).contentType("application/json")
                .body(Map.of("answers", Map.of("complaints", field(fields, run, "text answer"))))
                .put("/api/submissions/" + submission + "/answers").then().statusCode(200);
        long action = TestData.adoptedAction();
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .body(Map.of("owner", field(fields, run, "action owner"))).put("/api/actions/" + action).then()
                .statusCode(200);

        List<String> failures = new ArrayList<>();
        StringBuilder everything = new StringBuilder();
        int pages = 0;
        for (String email : List.of(ADMIN, CITY_COORDINATOR, CITY_MANAGER, CITY_RESPONDENT)) {
            // a respondent's own answers show in the submission, whose sections are reached by buttons
            List<String> starts = email.equals(CITY_RESPONDENT)
                    ? List.of("/", "/submissions/" + submission + "/review") : List.of("/");
            for (SiteCrawler.Page page : SiteCrawler.crawl(TestData.login(email, PASSWORD), starts, 200).values()) {
                String html = page.response().asString();
                pages++;
                if (html.contains("<script>alert(1)") || html.contains("<img src=x") || html.contains("\"><img")) {
                    failures.add("raw payload on " + page.path() + " as " + email);
                }
                everything.append(html);
            }
        }
        fields.forEach((name, value) -> {
            String escaped = value.replace(PAYLOAD, ESCAPED);
            if (!everything.toString().contains(escaped)) {
                failures.add("the " + name + " (" + value.substring(0, value.indexOf('<')) + ") shows on no page");
            }
        });
        assertEquals(List.of(), failures, pages + " pages checked");
        assertFalse(everything.toString().contains(run + "49"), "a template expression was evaluated");
    }

    @Test
    void theRankingCsvDefusesFormulasAndThePdfRendersTheTextAsText() {
        String formula = "=HYPERLINK(\"http://evil.example\",\"x\")" + PAYLOAD;
        long service = post(CITY_COORDINATOR, "/api/services", Map.of("name", formula, "description", PAYLOAD,
                "approximateUsers", 10, "channels", List.of("web")), 201);
        long assessment = post(CITY_COORDINATOR, "/api/assessments", Map.of("tool", "coserve", "subjectId", service),
                201);
        post(CITY_COORDINATOR, "/api/assessments/" + assessment + "/open", null, 200);
        long submission = TestData.submissionOf(CITY_COORDINATOR, assessment);
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String question : List.of("many-users", "profiles-known", "personal-needs", "many-complaints",
                "digital-users", "expert-matter", "open-data", "strategic", "regulated", "outcome-known",
                "own-authority", "resources", "continuity")) {
            answers.put(question, "yes");
        }
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .body(Map.of("answers", answers)).put("/api/submissions/" + submission + "/answers").then()
                .statusCode(200);
        post(CITY_COORDINATOR, "/api/submissions/" + submission + "/submit", null, 200);
        post(CITY_COORDINATOR, "/api/assessments/" + assessment + "/close", null, 200);

        String csv = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).get("/api/coserve/ranking.csv")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains("'=HYPERLINK"), "the formula is not defused: " + csv);
        for (String line : csv.split("\n")) {
            for (String cell : line.split("[,;]")) {
                String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(bare.startsWith("=") || bare.startsWith("+") || bare.startsWith("@"),
                        "a cell a spreadsheet would run: " + cell);
            }
        }
        TestData.Browser coordinator = TestData.login(CITY_COORDINATOR, PASSWORD);
        var pdf = coordinator.get("/services/ranking.pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.asString().startsWith("%PDF"), "not a PDF");
    }

    private static String field(Map<String, String> fields, String run, String name) {
        String value = run + "F" + fields.size() + PAYLOAD;
        fields.put(name, value);
        return value;
    }

    private static long post(String email, String path, Object body, int status) {
        RequestSpecification request = given().auth().preemptive().basic(email, PASSWORD)
                .contentType("application/json");
        if (body != null) {
            request = request.body(body);
        }
        Object id = request.post(path).then().statusCode(status).extract().path("id");
        return id instanceof Number n ? n.longValue() : -1;
    }
}
