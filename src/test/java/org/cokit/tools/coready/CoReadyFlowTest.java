package org.cokit.tools.coready;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cokit.TestData;
import org.junit.jupiter.api.Test;

/**
 * CoReady over HTTP: a coordinator runs two rounds in which two respondents answer all 54 criteria, adopts a
 * recommended action in between, and the second round scores higher; the demo organisations come with two closed
 * rounds. Expected levels and scores are worked out by hand from {@code scoring-rules/coready.yaml}.
 */
@QuarkusTest
class CoReadyFlowTest {

    private static final String RESPONDENT_2 = "respondent2@demo-city";

    /** The two criteria of every subcategory the group says Yes to in the first round. */
    private static final Set<Integer> FIRST_TWO = Set.of(0, 1);

    @Test
    void twoRoundsWithARoadmapActionInBetween() {
        // Round 1. Respondent 1 says Yes to the first three criteria of every subcategory, respondent 2 to the
        // first two; with two respondents a Yes needs both, so the group says Yes to two in each subcategory:
        // 2 of 5, 2 of 3 and 2 of 4 are all medium; every category's weighted mean is 1 -> medium; readiness
        // (medium, medium, medium) -> partly-ready. Scores: a subcategory (1 + yes/n) / 3: 7/15, 5/9 or 1/2;
        // organisation (1 + (7/15 + 5/9 + 1/2 + 7/15 + 5/9) / 5) / 3 = 679/1350, staff 692/1350, context 690/1350;
        // readiness (1 + 2061/4050) / 4 = 37.72.
        long first = openRound("CoReady round 1");
        answerAndSubmit(TestData.CITY_RESPONDENT, first, answers((sub, q) -> q < 3));
        answerAndSubmit(RESPONDENT_2, first, answers((sub, q) -> FIRST_TWO.contains(q)));
        close(first);
        coordinator().get("/api/assessments/" + first + "/result?lang=en").then().statusCode(200)
                .body("status", equalTo("closed")).body("frozen", equalTo(true)).body("respondents", equalTo(2))
                .body("score.root.id", equalTo("readiness"))
                .body("score.root.value", equalTo("partly-ready"))
                .body("score.root.label", equalTo("Partly ready"))
                .body("score.root.level", equalTo(1))
                .body("score.nodes.organisation.value", equalTo("medium"))
                .body("score.nodes.staff.value", equalTo("medium"))
                .body("score.nodes.context.value", equalTo("medium"))
                .body("score.nodes.'org-leadership'.value", equalTo("medium"))
                .body("score.recommendations.id", hasItem("publish-all-proceedings"))
                .body("mostDisputed", hasItem("org-leadership-purpose"));
        assertEquals(37.72, rootScore(first), 0.01);
        String pdf = pdfText(first);
        assertTrue(pdf.contains("Readiness for co-creation: Partly ready – 38 out of 100"), pdf);
        assertTrue(pdf.contains("Publish all proceedings"), "the roadmap is in the PDF");

        TestData.finishAdopted("publish-all-proceedings");
        Number action = coordinator().body(Map.of("actionId", "publish-all-proceedings", "owner",
                "Communication office", "status", "in-progress", "due", "2027-06-30"))
                .post("/api/assessments/" + first + "/actions").then().statusCode(201)
                .body("actionId", equalTo("publish-all-proceedings")).body("status", equalTo("in-progress"))
                .body("tool", equalTo("coready")).extract().path("id");

        // Round 2. Both say Yes to everything, except respondent 2 to staff-peers: 0 of 3 -> low, its two actions
        // recommended. Every other subcategory is high; staff 3x2 + 2x2 + 2x2 + 2x2 + 1x0 = 18 -> high; readiness
        // (high, high, high) -> highly-ready. Scores: staff (2 + (1 + 1 + 1 + 1 + 0) / 5) / 3 = 14/15, the other
        // categories 1; readiness (3 + (1 + 14/15 + 1) / 3) / 4 = 99.44.
        long second = openRound("CoReady round 2");
        answerAndSubmit(TestData.CITY_RESPONDENT, second, answers((sub, q) -> true));
        answerAndSubmit(RESPONDENT_2, second, answers((sub, q) -> !sub.equals("staff-peers")));
        coordinator().body(Map.of("status", "done")).put("/api/actions/" + action).then().statusCode(200);
        close(second);
        double firstScore = rootScore(first);
        coordinator().get("/api/assessments/" + second + "/result?lang=sl").then().statusCode(200)
                .body("score.root.value", equalTo("highly-ready"))
                .body("score.root.label", equalTo("Zelo pripravljena"))
                .body("score.root.level", equalTo(3))
                .body("score.nodes.'staff-peers'.value", equalTo("low"))
                .body("score.nodes.staff.value", equalTo("high"))
                .body("score.recommendations.id", equalTo(List.of("innovation-community-with-ambassadors",
                        "join-peer-networks")))
                .body("score.recommendations.id", not(hasItem("publish-all-proceedings")));
        assertEquals(99.44, rootScore(second), 0.01);
        assertTrue(rootScore(second) > firstScore, "the second round scores higher");
        coordinator().get("/api/actions?tool=coready").then().statusCode(200)
                .body("findAll { it.assessment == " + first + " }.actionId", hasItem("publish-all-proceedings"));

        // the trend: the two rounds are the newest closed ones, in order, and the action completed in between
        List<Map<String, Object>> rounds = coordinator().get("/api/assessments/" + second + "/history").then()
                .statusCode(200).extract().jsonPath().getList("rounds");
        Map<String, Object> last = rounds.get(rounds.size() - 1);
        Map<String, Object> before = rounds.get(rounds.size() - 2);
        assertEquals(second, ((Number) last.get("assessment")).longValue());
        assertEquals(first, ((Number) before.get("assessment")).longValue());
        assertEquals(37.72, ((Number) before.get("score")).doubleValue(), 0.01);
        assertEquals(99.44, ((Number) last.get("score")).doubleValue(), 0.01);
        assertEquals("Highly ready", last.get("label"));
        assertEquals(List.of("organisation", "staff", "context"), List.copyOf(((Map<?, ?>) last.get("nodes")).keySet()));
        assertEquals(List.of("publish-all-proceedings"), ((List<?>) last.get("completedSince")).stream()
                .map(c -> ((Map<?, ?>) c).get("actionId")).toList());
        assertTrue(((List<?>) before.get("completedSince")).stream()
                .noneMatch(c -> "publish-all-proceedings".equals(((Map<?, ?>) c).get("actionId"))));
        TestData.login(TestData.CITY_MANAGER, TestData.PASSWORD).get("/assessments/" + second + "/result").then()
                .statusCode(200).body(org.hamcrest.Matchers.containsString("Readiness for co-creation: Highly ready – 99 out of 100"));
    }

    @Test
    void theDemoOrganisationsHaveTwoClosedRoundsWithResults() {
        demoRounds(TestData.CITY_COORDINATOR, "partly-ready", "ready");
        demoRounds(TestData.REGION_COORDINATOR, "not-ready", "partly-ready");
        List<Map<String, Object>> actions = as(TestData.CITY_COORDINATOR).get("/api/actions?tool=coready").then()
                .statusCode(200).extract().path("findAll { it.actionId == 'standing-stakeholder-committee' "
                        + "|| it.actionId == 'training-in-participatory-methods' }");
        Map<String, String> statuses = new LinkedHashMap<>();
        actions.forEach(a -> statuses.putIfAbsent((String) a.get("actionId"), (String) a.get("status")));
        assertEquals(Map.of("standing-stakeholder-committee", "done", "training-in-participatory-methods",
                "in-progress"), statuses);
    }

    /** Checks the demo rounds of the organisation of {@code coordinator}: a year and a month ago, both scored. */
    private static void demoRounds(String coordinator, String firstValue, String secondValue) {
        List<Map<String, Object>> rounds = as(coordinator).get("/api/assessments?tool=coready&status=closed").then()
                .statusCode(200).extract().path("findAll { it.title.startsWith('Readiness ') }");
        assertEquals(2, rounds.size(), "two demo rounds");
        rounds = new ArrayList<>(rounds);
        rounds.sort((a, b) -> ((String) a.get("closedAt")).compareTo((String) b.get("closedAt")));
        Instant now = Instant.now();
        Instant firstClosed = Instant.parse((String) rounds.get(0).get("closedAt"));
        Instant secondClosed = Instant.parse((String) rounds.get(1).get("closedAt"));
        assertTrue(firstClosed.isBefore(now.minus(Duration.ofDays(330))), "the first round closed about a year ago");
        assertTrue(secondClosed.isAfter(now.minus(Duration.ofDays(60)))
                && secondClosed.isBefore(now.minus(Duration.ofDays(20))), "the second closed about a month ago");
        String[] expected = {firstValue, secondValue};
        for (int r = 0; r < 2; r++) {
            as(coordinator).get("/api/assessments/" + rounds.get(r).get("id") + "/result").then().statusCode(200)
                    .body("frozen", equalTo(true)).body("respondents", equalTo(3))
                    .body("score.root.value", equalTo(expected[r]))
                    .body("mostDisputed.size()", greaterThan(0));
        }
    }

    /** Answers to all 54 criteria: Yes where {@code yes} holds for the subcategory and the criterion's position. */
    private static Map<String, Object> answers(Criterion yes) {
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (String question : questionIds()) {
            String[] parts = question.split("-");
            String subcategory = parts[0] + "-" + parts[1];
            int position = positions.merge(subcategory, 1, Integer::sum) - 1;
            answers.put(question, yes.test(subcategory, position) ? "yes" : "no");
        }
        assertEquals(54, answers.size());
        return answers;
    }

    /** Whether a criterion, by subcategory and position in it (0 first), is answered Yes. */
    private interface Criterion {
        boolean test(String subcategory, int position);
    }

    private static List<String> questionIds() {
        return as(TestData.CITY_COORDINATOR).get("/api/questionnaires/coready").then().statusCode(200).extract()
                .path("sections.questions.flatten().id");
    }

    private static long openRound(String title) {
        Number id = coordinator().body(Map.of("tool", "coready", "title", title + " " + System.nanoTime()))
                .post("/api/assessments").then().statusCode(201).body("ruleSetId", equalTo("coready"))
                .body("ruleSetVersion", equalTo(1)).extract().path("id");
        coordinator().post("/api/assessments/" + id + "/open").then().statusCode(200).body("status", equalTo("open"));
        return id.longValue();
    }

    /** The text of the result's PDF, as a manager downloads it. */
    private static String pdfText(long assessment) {
        byte[] pdf = TestData.login(TestData.CITY_MANAGER, TestData.PASSWORD).get("/assessments/" + assessment
                + "/result/pdf").then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new AssertionError("the PDF does not open", e);
        }
    }

    private static void answerAndSubmit(String respondent, long assessment, Map<String, Object> answers) {
        long submission = TestData.submissionOf(respondent, assessment);
        as(respondent).body(Map.of("answers", answers)).put("/api/submissions/" + submission + "/answers").then()
                .statusCode(200).body("answered", equalTo(54));
        as(respondent).post("/api/submissions/" + submission + "/submit").then().statusCode(200)
                .body("status", equalTo("submitted"));
    }

    private static void close(long assessment) {
        coordinator().post("/api/assessments/" + assessment + "/close").then().statusCode(200)
                .body("status", equalTo("closed"));
    }

    private static double rootScore(long assessment) {
        Number score = coordinator().get("/api/assessments/" + assessment + "/result").then().statusCode(200)
                .extract().path("score.root.score");
        return score.doubleValue();
    }

    private static RequestSpecification coordinator() {
        return as(TestData.CITY_COORDINATOR);
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestData.PASSWORD).contentType("application/json");
    }
}
