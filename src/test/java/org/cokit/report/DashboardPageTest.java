package org.cokit.report;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.ADMIN;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cokit.TestData;
import org.cokit.TestData.Browser;
import org.junit.jupiter.api.Test;

/**
 * The dashboard of an organisation: the latest result and trend of each tool, the cards tools add, the open roadmap
 * actions, the position among peers; its PDF; only the organisation's managers and coordinators see it. What other
 * tests may have changed in Demo City (more rounds, another chosen service) is read from the API first.
 */
@QuarkusTest
class DashboardPageTest {

    private static final String REGION_MANAGER = "manager@demo-region";

    @Test
    void theManagerSeesTheLatestResultTheTrendTheOpenActionsAndTheChosenService() {
        List<Map<String, Object>> rounds = closedRounds(CITY_MANAGER, "coready");
        Map<String, Object> latest = rounds.get(rounds.size() - 1);
        String page = TestData.login(CITY_MANAGER, PASSWORD).get("/dashboard").then().statusCode(200).extract()
                .asString();

        assertTrue(page.contains("<a href=\"/dashboard\" aria-current=\"page\">Dashboard</a>"), "in the navigation");
        assertTrue(page.contains("<h2 id=\"tool-coready\">CoReady</h2>"), page);
        assertTrue(page.contains(overall(CITY_MANAGER, latest)), "the latest round's overall value");
        assertTrue(page.contains("href=\"/assessments/" + number(latest.get("id")) + "/result\""),
                "a link to the latest result");
        assertTrue(page.contains("<desc id=\"chart-coready-areas-desc\">"), "the areas as a chart with a text");
        assertTrue(page.contains("<desc id=\"chart-coready-trend-desc\">"), "the trend as a chart with a text");
        List<String> demoTitles = rounds.stream().map(r -> (String) r.get("title"))
                .filter(t -> t != null && t.startsWith("Readiness ")).distinct().toList();
        assertTrue(demoTitles.size() >= 2, "the demo's two rounds: " + demoTitles);
        for (String title : demoTitles) {
            assertTrue(page.contains("<th scope=\"row\">" + title + " ("), "the trend's table has " + title);
        }
        assertTrue(page.contains("Compared with other organisations"), "the position among peers");

        assertTrue(page.contains("<h2 id=\"open-actions\">Open roadmap actions</h2>"));
        assertTrue(page.contains("<td>CoReady</td><td>Human Resources</td><td>in progress</td>"),
                "the demo's action in progress");
        assertFalse(page.contains("<td>Head of Citizen Services</td>"), "a done action is not open");

        String chosen = chosenService(CITY_MANAGER);
        assertTrue(page.contains("<h3>Chosen for renewal: " + escape(chosen) + "</h3>"), "CoServe's card");
        assertTrue(page.contains("<h2 id=\"tool-coserve\">CoServe</h2>"));
        assertTrue(page.contains("<desc id=\"chart-coserve-subjects-desc\">"), "the latest round of each service");
        if (page.contains("<h2 id=\"tool-conew\">CoNew</h2>")) {
            // present when the chosen service has a journey (other tests may choose another service)
            assertTrue(page.contains("Annotations counted:") && page.contains("/feedback\">"), "CoNew's card");
        }
        assertFalse(page.contains("style=") || page.contains("<script>"), "no inline styles or scripts");
    }

    @Test
    void anOverdueActionIsMarkedInWordsAndStaysInItsOrganisation() {
        String owner = "Owner " + System.nanoTime();
        long action = overdueAction(owner);
        try {
            String page = TestData.login(CITY_COORDINATOR, PASSWORD).get("/dashboard").then().statusCode(200)
                    .extract().asString();
            assertTrue(page.contains("<td>" + owner + "</td><td>planned</td><td><strong>1 January 2020 – overdue"
                    + "</strong></td>"), page);
            assertTrue(page.contains("href=\"/roadmap#action-" + action + "\""), "a link to the roadmap");

            String region = TestData.login(REGION_MANAGER, PASSWORD).get("/dashboard").then().statusCode(200)
                    .extract().asString();
            assertFalse(region.contains(owner), "another organisation's action never shows");
            assertFalse(region.contains("Human Resources"), "nor the demo city's actions");
            assertFalse(region.contains("Chosen for renewal"), "nor its chosen service");
            assertFalse(region.contains(escape(chosenService(CITY_MANAGER))), "nor its services");
        } finally {
            TestData.finishAdopted("open-a-channel");
        }
    }

    @Test
    void onlyManagersAndCoordinatorsOfAnOrganisationHaveOne() {
        TestData.login(CITY_RESPONDENT, PASSWORD).get("/dashboard").then().statusCode(403);
        TestData.login(CITY_RESPONDENT, PASSWORD).get("/dashboard/pdf").then().statusCode(403);
        TestData.login(ADMIN, PASSWORD).get("/dashboard").then().statusCode(404);
        TestData.anonymous().get("/dashboard").then().statusCode(302);
        String respondentHome = TestData.login(CITY_RESPONDENT, PASSWORD).get("/").then().statusCode(200).extract()
                .asString();
        assertFalse(respondentHome.contains("href=\"/dashboard\""), "no link for respondents");
    }

    @Test
    void thePageSpeaksEachLanguage() {
        Map<String, String> titles = Map.of("en", "Dashboard", "sl", "Nadzorna plošča", "hr", "Nadzorna ploča",
                "da", "Overblik");
        Map<String, String> actions = Map.of("en", "Open roadmap actions", "sl", "Odprti ukrepi iz načrta", "hr",
                "Otvorene mjere iz plana", "da", "Åbne handlinger i køreplanen");
        Browser manager = TestData.login(CITY_MANAGER, PASSWORD);
        for (String lang : List.of("en", "sl", "hr", "da")) {
            manager.cookies().put("cokit-lang", lang);
            String page = manager.get("/dashboard").then().statusCode(200).extract().asString();
            assertTrue(page.contains("<html lang=\"" + lang + "\">"), lang);
            assertTrue(page.contains("<h1>" + titles.get(lang) + "</h1>"), lang + ": " + page);
            assertTrue(page.contains(actions.get(lang)), lang);
        }
    }

    @Test
    void thePdfHasTheOverallValue() throws IOException {
        List<Map<String, Object>> rounds = closedRounds(CITY_MANAGER, "coready");
        Map<String, Object> latest = rounds.get(rounds.size() - 1);
        Browser manager = TestData.login(CITY_MANAGER, PASSWORD);
        assertTrue(manager.get("/dashboard").asString().contains("href=\"/dashboard/pdf\""), "linked from the page");
        byte[] pdf = manager.get("/dashboard/pdf").then().statusCode(200).contentType("application/pdf").extract()
                .asByteArray();
        Files.createDirectories(Path.of("target/reports"));
        Files.write(Path.of("target/reports/dashboard.pdf"), pdf); // kept for review
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(overall(CITY_MANAGER, latest)), text);
            assertTrue(text.contains("Open roadmap actions"), text);
            assertTrue(text.contains("Chosen for renewal: " + chosenService(CITY_MANAGER)), text);
            assertFalse(text.contains("Download as PDF"), "no links to itself in the PDF");
        }
    }

    /** The organisation's closed rounds of {@code tool} that have a score, oldest first, from the history API. */
    private static List<Map<String, Object>> closedRounds(String user, String tool) {
        List<Map<String, Object>> closed = given().auth().preemptive().basic(user, PASSWORD)
                .get("/api/assessments?tool=" + tool + "&status=closed").then().statusCode(200).extract().path("$");
        Map<String, Object> newest = closed.stream().max(Comparator.comparing(a -> (String) a.get("closedAt")))
                .orElseThrow();
        List<Map<String, Object>> rounds = given().auth().preemptive().basic(user, PASSWORD)
                .get("/api/assessments/" + number(newest.get("id")) + "/history?lang=en").then().statusCode(200)
                .extract().path("rounds");
        return rounds.stream().map(r -> Map.of("id", r.get("assessment"), "title", r.get("title") == null ? ""
                : r.get("title"), "label", r.get("label"), "score", r.get("score"))).toList();
    }

    /** "<label> – <score> out of 100", as the dashboard writes a round's overall value. */
    private static String overall(String user, Map<String, Object> round) {
        long score = Math.round(((Number) round.get("score")).doubleValue());
        return round.get("label") + " – " + score + " out of 100";
    }

    private static String chosenService(String user) {
        List<Map<String, Object>> services = given().auth().preemptive().basic(user, PASSWORD).get("/api/services")
                .then().statusCode(200).extract().path("$");
        return services.stream().filter(s -> Boolean.TRUE.equals(s.get("chosen"))).map(s -> (String) s.get("name"))
                .findFirst().orElseThrow(() -> new AssertionError("no chosen service: " + services));
    }

    /** Adopts the sample tool's "open-a-channel" for Demo City, due long ago; returns the action's id. */
    private static long overdueAction(String owner) {
        TestData.finishAdopted("open-a-channel");
        Number id = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .body(Map.of("actionId", "open-a-channel", "owner", owner, "due", "2020-01-01", "status", "planned"))
                .post("/api/assessments/" + TestData.assessmentWithWeakUsers() + "/actions").then().statusCode(201)
                .extract().path("id");
        return id.longValue();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
