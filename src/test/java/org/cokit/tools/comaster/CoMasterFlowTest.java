package org.cokit.tools.comaster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cokit.TestData;
import org.cokit.comparison.ComparisonTestData;
import org.cokit.organisation.GovernmentLevel;
import org.cokit.organisation.Role;
import org.cokit.organisation.Sector;
import org.cokit.organisation.SizeBand;
import org.junit.jupiter.api.Test;

/**
 * CoMaster end to end: in a new organisation two staff members answer signed in, two service users and a partner
 * through a participant link without an account (on the same section pages as members); the coordinator closes the
 * assessment and a manager reads the quality report, its role gaps and its PDF; the result feeds the comparison,
 * which stays refused until five organisations share. Expected figures are worked out by hand from
 * {@code questionnaires/comaster.yaml} and {@code scoring-rules/comaster.yaml}.
 *
 * <p>Answers (every statement of a dimension the same): staff C and S 4, but inclusiveness 5 and S's transparency 3;
 * user U1 3, but inclusiveness 2; user U2 3, but inclusiveness 1, authenticity 1, legitimacy 2 and trust "don't
 * know"; partner P 4, but inclusiveness 3 and process design 5.
 */
@QuarkusTest
class CoMasterFlowTest {

    /**
     * A country, level, sector and size no demo organisation and no other test's CoMaster round has, so each of the
     * organisation's peer groups but "all" holds only this test's organisations.
     */
    private static final String COUNTRY = "LU";
    private static final GovernmentLevel LEVEL = GovernmentLevel.NATIONAL;
    private static final Sector SECTOR = Sector.OTHER;
    private static final SizeBand SIZE = SizeBand.FROM_50_TO_249;

    @Inject
    ComparisonTestData data;

    @Test
    void staffUsersAndPartnersAssessTheCoCreation() {
        long organisation = data.organisation(COUNTRY, LEVEL, SECTOR, SIZE, true);
        TestJourneyCard.ORGANISATIONS.add(organisation);
        String coordinator = data.member(organisation, Role.COORDINATOR, Role.MANAGER);
        String staff = data.member(organisation, Role.RESPONDENT);
        Map<String, List<String>> questions = questionsByRole();
        assertEquals(27, questions.get("staff").size(), "19 statements for everyone, 8 for staff");
        assertEquals(26, questions.get("user").size(), "19 for everyone, 7 for users and partners");
        assertEquals(27, questions.get("partner").size());

        Number created = as(coordinator).body(Map.of("tool", "comaster", "title", "Parking permit co-creation"))
                .post("/api/assessments").then().statusCode(201).body("ruleSetId", equalTo("comaster")).extract()
                .path("id");
        long assessment = created.longValue();
        as(coordinator).post("/api/assessments/" + assessment + "/open").then().statusCode(200);

        // staff sign in: their submissions are made in the first role, staff, and see the staff statements only
        long coordinatorSubmission = start(coordinator, assessment);
        as(coordinator).body(Map.of("answers", Map.of("incl-easy-to-join", "4")))
                .put("/api/submissions/" + coordinatorSubmission + "/answers").then().statusCode(400)
                .body("errors[0].field", equalTo("incl-easy-to-join"))
                .body("errors[0].code", equalTo("unknown-question"));
        answerAsMember(coordinator, coordinatorSubmission, questions.get("staff"), Map.of("inclusiveness", "5"), "4");
        long staffSubmission = start(staff, assessment);
        answerAsMember(staff, staffSubmission, questions.get("staff"), Map.of("inclusiveness", "5",
                "transparency", "3"), "4");

        // the coordinator issues a link for users and partners; only its hash is kept
        Map<String, Object> issued = as(coordinator).body(Map.of("roles", List.of("user", "partner"), "label",
                "Workshop participants")).post("/api/assessments/" + assessment + "/links").then().statusCode(201)
                .body("link.roles", equalTo(List.of("user", "partner"))).body("link.state", equalTo("active"))
                .extract().path("$");
        String token = (String) issued.get("token");
        assertEquals("/take/" + token, issued.get("path"));
        as(coordinator).body(Map.of("roles", List.of("mayor"))).post("/api/assessments/" + assessment + "/links")
                .then().statusCode(400).body("errors[0].field", equalTo("roles"));

        // people without an account choose their role and answer on the section pages
        answerAnonymously(token, "user", questions.get("user"), Map.of("inclusiveness", "2"), "3");
        answerAnonymously(token, "user", questions.get("user"), Map.of("inclusiveness", "1", "authenticity", "1",
                "legitimacy", "2", "trust", "n/a"), "3");
        answerAnonymously(token, "partner", questions.get("partner"), Map.of("inclusiveness", "3",
                "process-design", "5"), "4");
        TestData.Browser stranger = TestData.anonymous();
        stranger.get("/take/" + token).then().statusCode(200);
        stranger.post("/take/" + token, Map.of("role", "staff"), null).then().statusCode(400)
                .body(containsString("role-error"));
        as(coordinator).get("/api/assessments/" + assessment + "/links").then().statusCode(200)
                .body("[0].submissions", equalTo(3)).body("[0].submitted", equalTo(3));

        // role gaps, on the 1-5 scale (see RoleGapsTest for the arithmetic of pooled means)
        JsonPath gaps = as(coordinator).get("/api/assessments/" + assessment + "/role-gaps").then().statusCode(200)
                .body("participants", equalTo(Map.of("staff", 2, "user", 2, "partner", 1)))
                .body("flagged", equalTo(4)).extract().jsonPath();
        // inclusiveness: staff 5; users (3 x 2 + 3 x 1) / 6 = 1.5; partner 3 -> 3.5, flagged
        assertGap(gaps, "inclusiveness", 5.0, 1.5, 3.0, 3.5, true);
        // equality: 4, 3, 4 -> exactly one point: not flagged
        assertGap(gaps, "equality", 4.0, 3.0, 4.0, 1.0, false);
        // authenticity: users (3 x 3 + 3 x 1) / 6 = 2 -> 2, flagged
        assertGap(gaps, "authenticity", 4.0, 2.0, 4.0, 2.0, true);
        // transparency: staff (2 x 4 + 2 x 3) / 4 = 3.5; users 3; partner 4 -> 1
        assertGap(gaps, "transparency", 3.5, 3.0, 4.0, 1.0, false);
        assertGap(gaps, "process-design", 4.0, 3.0, 5.0, 2.0, true);
        // trust: U2 said "don't know" throughout, so users are U1's 3
        assertGap(gaps, "trust", 4.0, 3.0, 4.0, 1.0, false);
        // legitimacy: users (3 x 3 + 3 x 2) / 6 = 2.5 -> 1.5, flagged
        assertGap(gaps, "legitimacy", 4.0, 2.5, 4.0, 1.5, true);
        assertGap(gaps, "accountability", 4.0, 3.0, 4.0, 1.0, false);
        assertGap(gaps, "learning", 4.0, 3.0, 4.0, 1.0, false);

        as(coordinator).post("/api/assessments/" + assessment + "/close").then().statusCode(200)
                .body("status", equalTo("closed"));
        stranger.get("/take/" + token).then().statusCode(410);

        // The group's answer to a statement is the lower median of everyone asked. Inclusiveness: incl-diverse and
        // incl-hard-to-reach 1,2,3,5,5 -> 3 (50); incl-easy-to-join 1,2,3 -> 2 (25); incl-recruitment 5,5 -> 5
        // (100): 56.25 developing. Transparency: 3,3,3,4,4 -> 3 and 3,3,4 -> 3: 50 developing. Equality,
        // authenticity, legitimacy, accountability, learning: 75 on the shared and staff statements, 50 on the
        // user-and-partner one: 68.75 good. Process design and trust: 75 good. Quality (56.25 + 2 x 68.75 +
        // 2 x 68.75 + 50 + 75 + 75 + 68.75 + 2 x 68.75 + 68.75) / 12 = 806.25 / 12 = 67.19, good.
        as(coordinator).get("/api/assessments/" + assessment + "/result?lang=en").then().statusCode(200)
                .body("frozen", equalTo(true)).body("respondents", equalTo(5))
                .body("score.root.id", equalTo("quality")).body("score.root.value", equalTo("good"))
                .body("score.nodes.inclusiveness.value", equalTo("developing"))
                .body("score.nodes.transparency.value", equalTo("developing"))
                .body("score.nodes.trust.value", equalTo("good"))
                .body("score.recommendations.id", equalTo(List.of("widen-participation", "work-out-loud")));
        JsonPath result = as(coordinator).get("/api/assessments/" + assessment + "/result").then().extract()
                .jsonPath();
        assertEquals(67.19, result.getDouble("score.root.score"), 0.01);
        assertEquals(56.25, result.getDouble("score.nodes.inclusiveness.score"), 0.01);
        assertEquals(68.75, result.getDouble("score.nodes.legitimacy.score"), 0.01);

        // the manager's report: overall band, profile, strengths, gaps, recommendations and the journey feedback
        TestData.Browser manager = TestData.login(coordinator, ComparisonTestData.PASSWORD);
        String page = manager.get("/assessments/" + assessment + "/result").then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("Overall quality of co-creation: Good – 67 out of 100"), page);
        assertTrue(page.contains("strong-heading"), "strengths are listed");
        assertTrue(page.contains("4 of 9 dimensions are seen differently by the roles."), page);
        assertEquals(4, count(page, "Roles differ by more than one point"), "four dimensions flagged");
        assertTrue(page.contains("Recruit participants who reflect the community"), "a recommendation shows");
        assertTrue(page.contains("What service users said about the journey (CoNew)")
                && page.contains("12 annotations, 3 ideas"), "the journey tool's feedback shows beside it");
        String pdf = pdfText(manager, assessment);
        assertTrue(pdf.contains("Overall quality of co-creation: Good – 67 out of 100"), pdf);
        assertTrue(pdf.contains("How staff, users and partners see each dimension"), pdf);

        // the closed result is the organisation's latest CoMaster round for comparisons
        assertEquals(assessment, data.latestRound(organisation, "comaster"));
        // five organisations elsewhere keep "all" at least five larger than the country group, so the country
        // group is never withheld for overlapping with it
        for (int i = 0; i < 5; i++) {
            long elsewhere = data.organisation("MT", GovernmentLevel.REGIONAL, Sector.HEALTH, SizeBand.FROM_1000, true);
            data.closedRound(elsewhere, "comaster", 30, Map.of("quality", 90.0));
        }
        // with three peers the country group has four organisations, fewer than five: nothing is shown
        for (int i = 0; i < 3; i++) {
            peer(40 + 10 * i);
        }
        comparison(coordinator, assessment).body("refused", equalTo("too-few-organisations"))
                .body("minGroupSize", equalTo(5)).body("nodes", nullValue());
        // a fifth organisation: the group is shown; quality 67.19 against 40, 50, 60, 70
        peer(70);
        comparison(coordinator, assessment).body("refused", nullValue())
                .body("nodes.find { it.nodeId == 'quality' }.n", equalTo(5))
                .body("nodes.find { it.nodeId == 'quality' }.median", equalTo(60.0f));
    }

    @Test
    void aRevokedLinkNoLongerOpensNorResumes() {
        long organisation = data.organisation(COUNTRY, GovernmentLevel.REGIONAL, Sector.OTHER, SizeBand.UP_TO_49,
                false);
        String coordinator = data.member(organisation, Role.COORDINATOR);
        Number created = as(coordinator).body(Map.of("tool", "comaster")).post("/api/assessments").then()
                .statusCode(201).extract().path("id");
        long assessment = created.longValue();
        as(coordinator).post("/api/assessments/" + assessment + "/open").then().statusCode(200);
        String token = as(coordinator).body(Map.of("closesOn", "2999-12-31"))
                .post("/api/assessments/" + assessment + "/links").then().statusCode(201)
                .body("link.roles", equalTo(List.of("staff", "user", "partner"))).extract().path("token");
        TestData.Browser person = TestData.anonymous();
        person.get("/take/" + token).then().statusCode(200).body(containsString("name=\"role\""));
        Response started = person.post("/take/" + token, Map.of("role", "partner"), null);
        started.then().statusCode(303);
        String resume = started.getHeader("Location").replaceAll(".*/answer/", "");
        person.get("/answer/" + resume).then().statusCode(303);
        Number link = as(coordinator).get("/api/assessments/" + assessment + "/links").then().statusCode(200)
                .extract().path("[0].id");
        as(coordinator).delete("/api/assessments/" + assessment + "/links/" + link).then().statusCode(200)
                .body("state", equalTo("revoked"));
        person.get("/take/" + token).then().statusCode(404);
        person.get("/answer/" + resume).then().statusCode(404);
        person.get("/answer/not-a-token").then().statusCode(404);
        as(coordinator).get("/api/audit?action=participant-link-created").then().statusCode(200)
                .body("entries.size()", equalTo(1)).body("entries[0].objectType", equalTo("participant-link"))
                .body("entries[0].objectId", equalTo(link.intValue()))
                .body("entries[0].details", containsString("roles=staff,user,partner, closes-on=2999-12-31"));
        as(coordinator).get("/api/audit?action=participant-link-revoked").then().statusCode(200)
                .body("entries.size()", equalTo(1)).body("entries[0].objectId", equalTo(link.intValue()));
    }

    /** Per role, the ids of the statements it is asked, from the published questionnaire. */
    private static Map<String, List<String>> questionsByRole() {
        JsonPath q = given().auth().preemptive().basic(TestData.CITY_COORDINATOR, TestData.PASSWORD)
                .get("/api/questionnaires/comaster").then().statusCode(200)
                .body("participantRoles.id", equalTo(List.of("staff", "user", "partner"))).extract().jsonPath();
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (String role : List.of("staff", "user", "partner")) {
            List<String> ids = new java.util.ArrayList<>();
            List<Map<String, Object>> sections = q.getList("sections");
            for (Map<String, Object> section : sections) {
                for (Object o : (List<?>) section.get("questions")) {
                    Map<?, ?> question = (Map<?, ?>) o;
                    List<?> roles = (List<?>) question.get("roles");
                    if (roles == null || roles.contains(role)) {
                        ids.add(section.get("id") + "/" + question.get("id"));
                    }
                }
            }
            byRole.put(role, ids);
        }
        return byRole;
    }

    private static long start(String member, long assessment) {
        Number id = as(member).post("/api/assessments/" + assessment + "/submissions").then().statusCode(201)
                .body("participantRole", equalTo("staff")).body("visible", equalTo(27)).extract().path("id");
        return id.longValue();
    }

    /** Answers every statement of {@code questions} ({@code section/question}): per section its value, else the usual. */
    private static Map<String, Map<String, String>> bySection(List<String> questions, Map<String, String> values,
            String usual) {
        Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        for (String entry : questions) {
            String[] parts = entry.split("/");
            answers.computeIfAbsent(parts[0], s -> new LinkedHashMap<>()).put(parts[1],
                    values.getOrDefault(parts[0], usual));
        }
        return answers;
    }

    private static void answerAsMember(String member, long submission, List<String> questions,
            Map<String, String> values, String usual) {
        Map<String, Object> answers = new HashMap<>();
        bySection(questions, values, usual).values().forEach(answers::putAll);
        as(member).body(Map.of("answers", answers)).put("/api/submissions/" + submission + "/answers").then()
                .statusCode(200).body("answered", equalTo(27));
        as(member).post("/api/submissions/" + submission + "/submit").then().statusCode(200)
                .body("status", equalTo("submitted"));
    }

    /** Opens the link, chooses the role, answers section by section through the HTML forms and submits. */
    private static void answerAnonymously(String token, String role, List<String> questions,
            Map<String, String> values, String usual) {
        TestData.Browser person = TestData.anonymous();
        String choice = person.get("/take/" + token).then().statusCode(200).extract().asString();
        assertTrue(choice.contains("value=\"user\"") && choice.contains("value=\"partner\"")
                && !choice.contains("value=\"staff\""), "the link offers users and partners only");
        Response started = person.post("/take/" + token, Map.of("role", role), null);
        started.then().statusCode(303);
        String base = started.getHeader("Location").replaceAll("^https?://[^/]+", "");
        assertTrue(base.startsWith("/answer/"), base);
        String first = person.get(base).then().statusCode(303).extract().header("Location")
                .replaceAll("^https?://[^/]+", "");
        assertEquals(base + "/sections/inclusiveness", first);
        String page = person.get(first).then().statusCode(200).extract().asString();
        assertTrue(page.contains("q-incl-easy-to-join") && !page.contains("q-incl-recruitment"),
                "a " + role + " sees the statements for users and partners, not those for staff");
        for (Map.Entry<String, Map<String, String>> section : bySection(questions, values, usual).entrySet()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            section.getValue().forEach((id, value) -> fields.put("q-" + id, value));
            fields.put("next", "continue");
            person.post(base + "/sections/" + section.getKey(), fields, null).then().statusCode(303);
        }
        person.get(base + "/review").then().statusCode(200).body(not(containsString("class=\"gaps\"")));
        person.post(base + "/submit", Map.of(), null).then().statusCode(303);
        person.get(base + "/review?submitted=true").then().statusCode(200)
                .body(not(containsString("href=\"/assessments\"")));
    }

    private static void assertGap(JsonPath gaps, String dimension, double staff, double user, double partner,
            double difference, boolean flagged) {
        String at = "dimensions.find { it.id == '" + dimension + "' }";
        assertNotNull(gaps.get(at), dimension);
        assertEquals(staff, gaps.getDouble(at + ".means.staff"), 1e-9, dimension + " staff");
        assertEquals(user, gaps.getDouble(at + ".means.user"), 1e-9, dimension + " user");
        assertEquals(partner, gaps.getDouble(at + ".means.partner"), 1e-9, dimension + " partner");
        assertEquals(difference, gaps.getDouble(at + ".difference"), 1e-9, dimension + " difference");
        assertEquals(flagged, gaps.getBoolean(at + ".flagged"), dimension + " flagged");
    }

    private void peer(double quality) {
        long peer = data.organisation(COUNTRY, LEVEL, SECTOR, SIZE, true);
        data.closedRound(peer, "comaster", 30, Map.of("quality", quality));
    }

    private static io.restassured.response.ValidatableResponse comparison(String member, long assessment) {
        return as(member).get("/api/assessments/" + assessment + "/comparison?group=country").then().statusCode(200);
    }

    private static String pdfText(TestData.Browser reader, long assessment) {
        byte[] pdf = reader.get("/assessments/" + assessment + "/result/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new AssertionError("the PDF does not open", e);
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, email.startsWith("cmp-") ? ComparisonTestData.PASSWORD
                : TestData.PASSWORD).contentType("application/json");
    }
}
