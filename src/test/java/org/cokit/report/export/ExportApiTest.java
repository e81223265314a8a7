package org.cokit.report.export;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.cokit.TestData.REGION_COORDINATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cokit.TestData;
import org.cokit.comparison.ComparisonTestData;
import org.cokit.organisation.GovernmentLevel;
import org.cokit.organisation.Role;
import org.cokit.organisation.Sector;
import org.cokit.organisation.SizeBand;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/assessments/{id}/export/...}: stable columns, pseudonyms, comments, CSV injection, the codebook, the
 * XLSX read back, the comparison's minimum group size, who may export, and the audit entry.
 */
@QuarkusTest
class ExportApiTest {

    static final List<String> HEADER = List.of("respondent", "submitted_at", "many-users", "many-users_comment",
            "users-count", "users-count_comment", "satisfaction", "satisfaction_comment", "main-channel",
            "main-channel_comment", "other-channels", "other-channels_comment", "phone-hours", "phone-hours_comment",
            "complaints", "complaints_comment");

    @Inject
    ExportTestData data;

    @Inject
    ComparisonTestData comparison;

    private long assessment;

    /** Two respondents: one sees users-count, the other (many-users: no) has it hidden and sees phone-hours. */
    @BeforeEach
    void answered() {
        assessment = TestData.openAssessment();
        ExportTestData.submitted(CITY_RESPONDENT, assessment, Map.of("many-users", "yes", "users-count", 1200,
                "satisfaction", 4, "main-channel", "online", "complaints", "=1+2"));
        long second = ExportTestData.submitted("respondent2@demo-city", assessment, Map.of("many-users", "no",
                "satisfaction", 2, "main-channel", "phone", "phone-hours", "8-16", "complaints",
                "+Long queues, \"often\""));
        data.comment(second, "many-users", "@admin: a rough guess");
    }

    private static Response get(String email, String path) {
        return given().auth().preemptive().basic(email, PASSWORD).get(path);
    }

    @Test
    void csvHasOneStableColumnPerQuestionAndOneRowPerSubmission() {
        Response response = get(CITY_COORDINATOR, "/api/assessments/" + assessment + "/export/answers.csv");
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
        assertTrue(response.getHeader("Content-Disposition").contains("answers.csv"));
        String body = response.asString();
        assertTrue(body.startsWith("\uFEFF"), "a byte-order mark for Excel");
        assertTrue(body.contains("'=1+2"), body);
        assertTrue(body.contains("\"'+Long queues, \"\"often\"\"\""), "quoted, with the formula defused: " + body);
        assertFalse(body.contains("@demo-city"), "no e-mail address in an export");
        List<List<String>> lines = ExportTestData.parse(body);
        assertEquals(3, lines.size(), body);
        assertEquals(HEADER, lines.get(0));
        List<String> first = lines.get(1);
        List<String> second = lines.get(2);
        assertEquals(HEADER.size(), first.size());
        assertEquals(HEADER.size(), second.size());
        assertEquals("R1", first.get(0));
        assertEquals("R2", second.get(0));
        assertTrue(first.get(1).matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), first.get(1));
        assertEquals(List.of("yes", "", "1200", "", "4", "", "online", "", "", "", "", "", "'=1+2", ""),
                first.subList(2, HEADER.size()));
        assertEquals(List.of("no", "'@admin: a rough guess", "", "", "2", "", "phone", "", "", "", "8-16", "",
                "'+Long queues, \"often\"", ""), second.subList(2, HEADER.size()));
    }

    @Test
    void codebookNamesEveryColumnAndCodeInTheChosenLanguage() {
        String body = get(CITY_MANAGER, "/api/assessments/" + assessment + "/export/codebook.csv?lang=en")
                .then().statusCode(200).extract().asString();
        List<List<String>> lines = ExportTestData.parse(body);
        assertEquals(List.of("column", "question_id", "section_id", "section", "type", "text", "code", "label"),
                lines.get(0));
        assertTrue(lines.contains(List.of("many-users", "many-users", "users", "The service's users", "yes-no",
                "Does the service have many users?", "yes", "Yes")), body);
        assertTrue(lines.contains(List.of("many-users", "many-users", "users", "The service's users", "yes-no",
                "Does the service have many users?", "n/a", "Don’t know / not applicable")), body);
        assertTrue(lines.contains(List.of("many-users_comment", "many-users", "users", "The service's users",
                "comment", "Comment on: Does the service have many users?", "", "")), body);
        assertTrue(lines.contains(List.of("satisfaction", "satisfaction", "users", "The service's users", "scale",
                "How satisfied are the users?", "1", "Not at all")), body);
        assertTrue(lines.contains(List.of("other-channels", "other-channels", "channels", "Channels", "multi",
                "Which other channels are offered?", "post", "By post")), body);
        assertTrue(lines.contains(List.of("users-count", "users-count", "users", "The service's users", "number",
                "How many users a year?", "", "")), body);
        assertEquals(List.of("respondent", "submitted_at"), lines.subList(1, 3).stream().map(l -> l.get(0)).toList());
        String slovenian = get(CITY_COORDINATOR, "/api/assessments/" + assessment + "/export/codebook.csv?lang=sl")
                .then().statusCode(200).extract().asString();
        assertTrue(ExportTestData.parse(slovenian).contains(List.of("many-users", "many-users", "users",
                "Uporabniki storitve", "yes-no", "Ali ima storitev veliko uporabnikov?", "yes", "Da")), slovenian);
    }

    @Test
    void xlsxHoldsAnswersCodebookAndResult() throws IOException {
        Response response = get(CITY_COORDINATOR, "/api/assessments/" + assessment + "/export/answers.xlsx?lang=en");
        assertEquals(200, response.statusCode());
        assertEquals(ExportResource.XLSX, response.contentType());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("Answers", "Codebook", "Result"), sheets.stream().map(Sheet::getName).toList());
            List<Row> answers = sheets.get(0).read();
            assertEquals(3, answers.size());
            assertEquals(HEADER, cells(answers.get(0), HEADER.size()));
            assertEquals("R1", answers.get(1).getCellText(0));
            assertEquals(new BigDecimal("1200"), answers.get(1).getCellAsNumber(4).orElseThrow());
            assertEquals("=1+2", answers.get(1).getCellText(14), "a text cell in XLSX, never a formula");
            assertEquals("@admin: a rough guess", answers.get(2).getCellText(3));
            assertEquals("", answers.get(2).getCellText(4), "hidden: empty in the same column");
            List<Row> codebook = sheets.get(1).read();
            assertEquals("column", codebook.get(0).getCellText(0));
            assertTrue(codebook.stream().anyMatch(r -> "satisfaction".equals(r.getCellText(0))
                    && "1".equals(r.getCellText(6)) && "Not at all".equals(r.getCellText(7))));
            List<String> result = sheets.get(2).read().stream().map(r -> r.getCellText(0)).toList();
            assertTrue(result.contains("node"), result.toString());
            assertTrue(result.contains("Comparison with all organisations that share their results"), result.toString());
            assertTrue(result.contains("A comparison is shown once the round has closed."), result.toString());
        }
    }

    @Test
    void theResultSheetKeepsTheMinimumGroupSize() throws IOException {
        String tool = ComparisonTestData.uniqueTool();
        long asking = comparison.organisation("SI", GovernmentLevel.LOCAL, Sector.HEALTH, SizeBand.UP_TO_49, true);
        long round = comparison.closedRound(asking, tool, 10, Map.of("overall", 30.0));
        String coordinator = comparison.member(asking, Role.COORDINATOR);
        for (double score : new double[] {10, 20}) {
            long peer = comparison.organisation("DK", GovernmentLevel.NATIONAL, Sector.OTHER, SizeBand.FROM_1000, true);
            comparison.closedRound(peer, tool, 10, Map.of("overall", score));
        }
        List<List<String>> refused = resultSheet(coordinator, round);
        assertTrue(refused.stream().anyMatch(l -> l.get(0).equals("Not enough organisations to compare.")),
                refused.toString());
        assertFalse(refused.stream().anyMatch(l -> l.contains("median")), "no figures: " + refused);
        assertFalse(refused.stream().anyMatch(l -> l.contains("20") || l.contains("20.0")), refused.toString());

        for (double score : new double[] {40, 50, 90}) {
            long peer = comparison.organisation("DK", GovernmentLevel.NATIONAL, Sector.OTHER, SizeBand.FROM_1000, true);
            comparison.closedRound(peer, tool, 10, Map.of("overall", score));
        }
        List<List<String>> shown = resultSheet(coordinator, round);
        int header = shown.indexOf(List.of("node", "name", "score", "lower_quartile", "median", "upper_quartile",
                "percentile_rank", "organisations"));
        assertTrue(header > 0, shown.toString());
        // scores 10 20 30 40 50 90: quartiles at positions 1.25, 2.5, 3.75
        assertEquals(List.of("overall", "overall", "30.0", "22.5", "35.0", "47.5", "41.67", "6"), shown.get(header + 1));
    }

    private static List<List<String>> resultSheet(String email, long assessment) throws IOException {
        byte[] xlsx = given().auth().preemptive().basic(email, ComparisonTestData.PASSWORD)
                .get("/api/assessments/" + assessment + "/export/answers.xlsx?lang=en").then().statusCode(200)
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.findSheet("Result").orElseThrow().read().stream()
                    .map(r -> cells(r, r.getCellCount())).toList();
        }
    }

    private static List<String> cells(Row row, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(row::getCellText).toList();
    }

    @Test
    void onlyTheOrganisationsCoordinatorsAndManagersExport() {
        for (String path : List.of("answers.csv", "answers.xlsx", "codebook.csv")) {
            String url = "/api/assessments/" + assessment + "/export/" + path;
            assertEquals(200, get(CITY_MANAGER, url).statusCode(), url);
            assertEquals(403, get(CITY_RESPONDENT, url).statusCode(), url);
            assertEquals(404, get(REGION_COORDINATOR, url).statusCode(), url);
            assertEquals(401, given().get(url).statusCode(), url);
        }
        assertEquals(404, get(CITY_COORDINATOR, "/api/assessments/999999999/export/answers.csv").statusCode());
    }

    @Test
    void everyExportIsAudited() {
        get(CITY_MANAGER, "/api/assessments/" + assessment + "/export/answers.xlsx?lang=sl").then().statusCode(200);
        List<Map<String, Object>> entries = get(CITY_COORDINATOR, "/api/audit?action=data-exported").then()
                .statusCode(200).extract().path("entries");
        Map<String, Object> entry = entries.stream().filter(e -> ((Number) e.get("objectId")).longValue()
                == assessment).findFirst().orElseThrow(() -> new AssertionError(entries.toString()));
        assertEquals("assessment", entry.get("objectType"));
        assertEquals(CITY_MANAGER, entry.get("actorEmail"));
        assertEquals("format=xlsx, lang=sl", entry.get("details"));
        assertEquals(403, get(CITY_RESPONDENT, "/api/assessments/" + assessment + "/export/answers.csv")
                .statusCode());
        List<Map<String, Object>> after = get(CITY_COORDINATOR, "/api/audit?action=data-exported").then()
                .extract().path("entries");
        assertEquals(1, after.stream().filter(e -> e.get("objectId") != null
                && ((Number) e.get("objectId")).longValue() == assessment).count(), "a refused export records nothing");
    }
}
