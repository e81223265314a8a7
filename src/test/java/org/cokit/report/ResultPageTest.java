package org.cokit.report;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.cokit.TestData.REGION_COORDINATOR;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import jakarta.inject.Inject;
import org.cokit.TestData;
import org.cokit.comparison.ComparisonTestData;
import org.cokit.engine.answers.SampleTool;
import org.cokit.organisation.GovernmentLevel;
import org.cokit.organisation.Sector;
import org.cokit.organisation.SizeBand;
import org.cokit.TestData.Browser;
import org.junit.jupiter.api.Test;

/** The result page of a scored assessment, its PDF, adopting roadmap ideas there, and the trend over rounds. */
@QuarkusTest
class ResultPageTest {

    @Inject
    ComparisonTestData comparisonData;

    @Test
    void theResultPageShowsTheLevelChartsExplanationAndRoadmap() {
        TestData.finishAdopted("know-your-users");
        long id = TestData.assessmentWithWeakUsers();
        String page = TestData.login(CITY_MANAGER, PASSWORD).get("/assessments/" + id + "/result").then()
                .statusCode(200).extract().asString();
        // users: no + satisfaction 1 -> low; reach: 0 of 2 favourable -> low; user-base not answered, so any value:
        // s = (2*0 + 0 + l/2) / 4 is 0 to 0.25, which rounds to unsuitable or conditional
        assertTrue(page.contains("Suitability: Unsuitable – Suitable with conditions – "), page);
        assertTrue(page.contains("some answers were “don’t know”"), "a range is explained");
        assertTrue(page.contains("<svg class=\"bar-chart\""), "a server-rendered chart");
        assertTrue(page.contains("role=\"img\"") && page.contains("<desc id=\"chart-overall-desc\">"),
                "the chart has a text alternative");
        assertTrue(page.contains("<th scope=\"row\">Users</th><td>Low ("), "the chart's data table");
        assertTrue(page.contains("Users is weak: Low"), "the explanation names the weak node");
        assertTrue(page.contains("Find out who uses the service"), "the recommended idea");
        assertTrue(!page.contains("name=\"actionId\""), "managers read the roadmap but do not adopt");
        assertTrue(page.contains("href=\"/assessments/" + id + "/result/pdf?group=all\""), "a PDF link");
    }

    @Test
    void aCoordinatorAdoptsAnIdeaAndAMistakeKeepsWhatWasTyped() {
        TestData.finishAdopted("know-your-users");
        long id = TestData.assessmentWithWeakUsers();
        Browser coordinator = TestData.login(CITY_COORDINATOR, PASSWORD);
        String page = coordinator.get("/assessments/" + id + "/result").then().statusCode(200).extract().asString();
        assertTrue(page.contains("name=\"actionId\" value=\"know-your-users\""), "the adopt form");

        String refused = coordinator.post("/assessments/" + id + "/result/actions", Map.of("actionId",
                "know-your-users", "owner", " ", "due", "31.3.2027", "status", "planned"), null).then().statusCode(400)
                .extract().asString();
        assertTrue(refused.contains("id=\"know-your-users-owner-error\""), "the owner's error sits at its field");
        assertTrue(refused.contains("Give the date as yyyy-mm-dd"), "the date's error says how to write it");
        assertTrue(refused.contains("value=\"31.3.2027\""), "what was typed is kept");
        assertTrue(refused.contains("href=\"#know-your-users-due\""), "the error summary links to the field");

        coordinator.post("/assessments/" + id + "/result/actions", Map.of("actionId", "know-your-users", "owner",
                "Ana Novak", "due", "2027-03-31", "status", "in-progress"), null).then().statusCode(303)
                .header("Location", endsWith("/assessments/" + id + "/result?adopted=know-your-users#roadmap"));
        coordinator.get("/assessments/" + id + "/result?adopted=know-your-users").then().statusCode(200)
                .body(containsString("“Find out who uses the service” is on the roadmap."))
                .body(containsString("On the roadmap: Ana Novak, in progress, due 31 March 2027"))
                .body(not(containsString("name=\"actionId\" value=\"know-your-users\"")));
        TestData.finishAdopted("know-your-users");
    }

    @Test
    void thePdfHasTheSameContent() throws IOException {
        long id = TestData.assessmentWithWeakUsers();
        byte[] pdf = TestData.login(CITY_COORDINATOR, PASSWORD).get("/assessments/" + id + "/result/pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        Files.createDirectories(Path.of("target/reports"));
        Files.write(Path.of("target/reports/result.pdf"), pdf); // kept for review
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Suitability: Unsuitable – Suitable with conditions"), text);
            assertTrue(text.contains("Find out who uses the service"), "the roadmap is in the PDF");
            assertTrue(text.contains("Users is weak: Low"), "the explanation is in the PDF");
            assertTrue(!text.contains("Put on the roadmap"), "no forms in the PDF");
        }
    }

    @Test
    void thePageAndThePdfSpeakTheReadersLanguage() throws IOException {
        long id = TestData.assessmentWithWeakUsers();
        Browser coordinator = TestData.login(CITY_COORDINATOR, PASSWORD);
        coordinator.cookies().put("cokit-lang", "hr");
        coordinator.get("/assessments/" + id + "/result").then().statusCode(200)
                .body(containsString("Prikladnost: Neprikladna")).body(containsString("Rezultati po područjima"));
        byte[] pdf = coordinator.get("/assessments/" + id + "/result/pdf").then().statusCode(200).extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Saznajte tko koristi uslugu"), "Croatian letters survive in the PDF: " + text);
        }
    }

    @Test
    void onlyReadersOfTheOrganisationSeeIt() {
        long id = TestData.assessmentWithWeakUsers();
        TestData.login(CITY_RESPONDENT, PASSWORD).get("/assessments/" + id + "/result").then().statusCode(403);
        TestData.login(REGION_COORDINATOR, PASSWORD).get("/assessments/" + id + "/result").then().statusCode(404);
        TestData.login(REGION_COORDINATOR, PASSWORD).get("/assessments/" + id + "/result/pdf").then()
                .statusCode(404);
        given().auth().preemptive().basic(REGION_COORDINATOR, PASSWORD).get("/api/assessments/" + id + "/history")
                .then().statusCode(404);
    }

    @Test
    void theTrendListsClosedRoundsOldestFirstWithTheActionsCompletedBetweenThem() {
        TestData.finishAdopted("know-your-users");
        long first = TestData.assessmentWithWeakUsers();
        close(first);
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .body(Map.of("actionId", "know-your-users", "owner", "Team A", "status", "done"))
                .post("/api/assessments/" + first + "/actions").then().statusCode(201);
        long second = TestData.assessmentWithWeakUsers();
        close(second);

        List<Map<String, Object>> rounds = given().auth().preemptive().basic(CITY_MANAGER, PASSWORD)
                .get("/api/assessments/" + second + "/history").then().statusCode(200)
                .body("rounds.assessment", hasItem((int) first)).extract().jsonPath().getList("rounds");
        int a = indexOf(rounds, first);
        int b = indexOf(rounds, second);
        assertEquals(a + 1, b, "the second round follows the first");
        assertEquals("Unsuitable – Suitable with conditions", rounds.get(b).get("label"));
        assertEquals(0, rounds.get(b).get("levelMin"));
        assertEquals(1, rounds.get(b).get("levelMax"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> completed = (List<Map<String, Object>>) rounds.get(b).get("completedSince");
        assertTrue(completed.stream().anyMatch(c -> "know-your-users".equals(c.get("actionId"))
                && "Find out who uses the service".equals(c.get("title"))), String.valueOf(completed));

        TestData.login(CITY_MANAGER, PASSWORD).get("/assessments/" + second + "/result").then().statusCode(200)
                .body(containsString("<svg class=\"bar-chart\" viewBox")).body(containsString("id=\"chart-trend-desc\""))
                .body(containsString("Find out who uses the service (Team A)"));
        given().auth().preemptive().basic(CITY_MANAGER, PASSWORD).get("/api/assessments/" + second + "/history?lang=xx")
                .then().statusCode(400).body("errors[0].field", equalTo("lang"));
    }

    @Test
    void aClosedRoundIsComparedWithPeersAndASmallGroupRevealsNothing() throws IOException {
        // five peers in Demo City's country, and five elsewhere so that "all" is larger than the country group by
        // at least the minimum group size, whatever rounds other tests closed (the overlap rule would withhold it)
        for (double score : new double[] {10, 40, 55, 70, 90}) {
            long peer = comparisonData.organisation("SI", GovernmentLevel.LOCAL, Sector.HEALTH,
                    SizeBand.FROM_250_TO_999, true);
            comparisonData.closedRound(peer, SampleTool.ID, 10, Map.of("overall", score, "users", score,
                    "reach", score));
            long elsewhere = comparisonData.organisation("FI", GovernmentLevel.NATIONAL, Sector.OTHER,
                    SizeBand.FROM_1000, true);
            comparisonData.closedRound(elsewhere, SampleTool.ID, 10, Map.of("overall", score, "users", score,
                    "reach", score));
        }
        long id = TestData.assessmentWithWeakUsers();
        close(id);
        Browser manager = TestData.login(CITY_MANAGER, PASSWORD);
        String page = manager.get("/assessments/" + id + "/result?group=country").then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("<h2 id=\"compare\" tabindex=\"-1\">Compared with other organisations</h2>"));
        assertTrue(page.contains("<option value=\"country\" selected>"), "the chosen group stays chosen");
        assertTrue(page.contains("<th scope=\"col\">Peers’ median</th>"), "the figures' table");
        assertTrue(page.contains("<th scope=\"row\">Users</th><td>0</td><td>"), "Demo City's own users score");
        assertTrue(page.contains("stroke-dasharray"), "the median marks the chart");
        assertTrue(page.contains("/result/pdf?group=country"), "the PDF shows the same group");

        // Demo City is the only organisation of its sector with such a round here
        manager.get("/assessments/" + id + "/result?group=sector").then().statusCode(200)
                .body(anyOf(containsString("Not enough organisations to compare."),
                        containsString("This group differs from a larger one by too few organisations")))
                .body(not(containsString("<th scope=\"col\">Peers’ median</th>")));
        byte[] pdf = manager.get("/assessments/" + id + "/result/pdf?group=sector").then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Not enough organisations to compare.") || text.contains("differs from a larger"),
                    text);
        }
    }

    @Test
    void anOpenRoundIsNotComparedYet() {
        long id = TestData.assessmentWithWeakUsers();
        TestData.login(CITY_MANAGER, PASSWORD).get("/assessments/" + id + "/result").then().statusCode(200)
                .body(containsString("A comparison is shown once the round has closed."));
    }

    private static int indexOf(List<Map<String, Object>> rounds, long id) {
        for (int i = 0; i < rounds.size(); i++) {
            if (((Number) rounds.get(i).get("assessment")).longValue() == id) {
                return i;
            }
        }
        throw new AssertionError("round " + id + " missing from " + rounds);
    }

    private static void close(long id) {
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .post("/api/assessments/" + id + "/close")
                .then().statusCode(200);
    }
}
