package org.cokit.comparison;

import static io.restassured.RestAssured.given;
import static org.cokit.comparison.ComparisonTestData.PASSWORD;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cokit.organisation.GovernmentLevel;
import org.cokit.organisation.Role;
import org.cokit.organisation.Sector;
import org.cokit.organisation.SizeBand;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/assessments/{id}/comparison} on known data sets: exact quartiles and percentile ranks, each peer
 * group, the minimum group size, the overlap rule, opting out, isolation and bad input. The default minimum group
 * size (5) applies.
 */
@QuarkusTest
class ComparisonApiTest {

    private static final double EXACT = 1e-9;

    @Inject
    ComparisonTestData data;

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, PASSWORD).config(RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)));
    }

    private static ValidatableResponse comparison(String email, long assessment, String group) {
        return as(email).queryParam("group", group).get("/api/assessments/" + assessment + "/comparison").then();
    }

    private long peer(String tool, double overall, boolean optIn) {
        long organisation = data.organisation("HR", GovernmentLevel.REGIONAL, Sector.EDUCATION, SizeBand.FROM_1000,
                optIn);
        data.closedRound(organisation, tool, 10, Map.of("overall", overall));
        return organisation;
    }

    @Test
    void quartilesAndPercentileRankOfAKnownDataSet() {
        String tool = ComparisonTestData.uniqueTool();
        long asking = data.organisation("SI", GovernmentLevel.LOCAL, Sector.HEALTH, SizeBand.UP_TO_49, true);
        Map<String, Double> own = new LinkedHashMap<>();
        own.put("overall", 30.0);
        own.put("users", 100.0);
        own.put("no-value", null);
        long assessment = data.closedRound(asking, tool, 10, own);
        // peers' overall: 10 20 30 40 50 90 (and the asking 30); users: 0 25 50 75 100 100
        double[][] peers = {{10, 0}, {20, 25}, {30, 50}, {40, 75}, {50, 100}, {90, 100}};
        long last = 0;
        for (double[] scores : peers) {
            last = data.organisation("DK", GovernmentLevel.NATIONAL, Sector.OTHER, SizeBand.FROM_1000, true);
            data.closedRound(last, tool, 10, Map.of("overall", scores[0], "users", scores[1]));
        }
        // none of these counts: an earlier round of a peer, an open round, an organisation that did not opt in
        data.closedRound(last, tool, 1, Map.of("overall", 0.0, "users", 0.0));
        data.openRound(peer(tool, 100, false), tool);
        data.openRound(last, tool);
        String member = data.member(asking, Role.RESPONDENT);

        ValidatableResponse response = comparison(member, assessment, "all").statusCode(200)
                .body("group", equalTo("all")).body("refused", nullValue())
                .body("nodes.nodeId", contains("overall", "users", "no-value"));
        // overall, ascending: 10 20 30 30 40 50 90; q at position p * 6 interpolated; rank (2 + 0.5 * 2) / 7
        response.body("nodes[0].score", closeTo(30, EXACT)).body("nodes[0].levelMin", equalTo(1))
                .body("nodes[0].n", equalTo(7))
                .body("nodes[0].lowerQuartile", closeTo(25, EXACT))
                .body("nodes[0].median", closeTo(30, EXACT))
                .body("nodes[0].upperQuartile", closeTo(45, EXACT))
                .body("nodes[0].percentile", closeTo(300.0 / 7, EXACT));
        // users, ascending: 0 25 50 75 100 100 100; the asking 100 ties with two: rank (4 + 0.5 * 3) / 7
        response.body("nodes[1].n", equalTo(7))
                .body("nodes[1].lowerQuartile", closeTo(37.5, EXACT))
                .body("nodes[1].median", closeTo(75, EXACT))
                .body("nodes[1].upperQuartile", closeTo(100, EXACT))
                .body("nodes[1].percentile", closeTo(550.0 / 7, EXACT));
        // a node without a value anywhere has no peers to show
        response.body("nodes[2].score", nullValue()).body("nodes[2].refused", equalTo("too-few-organisations"))
                .body("nodes[2].n", nullValue());
    }

    @Test
    void eachPeerGroupIsTheAskingOrganisationsOwnValue() {
        String tool = ComparisonTestData.uniqueTool();
        long asking = data.organisation("SI", GovernmentLevel.LOCAL, Sector.HEALTH, SizeBand.UP_TO_49, true);
        long assessment = data.closedRound(asking, tool, 10, Map.of("overall", 50.0));
        // four organisations share exactly one characteristic with the asking one, per characteristic
        for (double score : new double[] {10, 20, 30, 40}) {
            data.closedRound(data.organisation("SI", GovernmentLevel.REGIONAL, Sector.EDUCATION, SizeBand.FROM_1000,
                    true), tool, 10, Map.of("overall", score));
        }
        for (double score : new double[] {60, 70, 80, 90}) {
            data.closedRound(data.organisation("DK", GovernmentLevel.LOCAL, Sector.EDUCATION, SizeBand.FROM_1000,
                    true), tool, 10, Map.of("overall", score));
        }
        for (double score : new double[] {45, 55, 65, 75}) {
            data.closedRound(data.organisation("DK", GovernmentLevel.REGIONAL, Sector.HEALTH, SizeBand.FROM_1000,
                    true), tool, 10, Map.of("overall", score));
        }
        for (double score : new double[] {0, 100, 100, 100}) {
            data.closedRound(data.organisation("DK", GovernmentLevel.REGIONAL, Sector.EDUCATION, SizeBand.UP_TO_49,
                    true), tool, 10, Map.of("overall", score));
        }
        String member = data.member(asking, Role.MANAGER);
        // group -> n, q1, median, q3, percentile rank of 50
        Map<String, double[]> expected = Map.of(
                "all", new double[] {17, 40, 60, 80, 6.5 / 17 * 100},
                "country", new double[] {5, 20, 30, 40, 90},
                "level", new double[] {5, 60, 70, 80, 10},
                "sector", new double[] {5, 50, 55, 65, 30},
                "size", new double[] {5, 50, 100, 100, 30});
        expected.forEach((group, figures) -> comparison(member, assessment, group).statusCode(200)
                .body("group", equalTo(group))
                .body("nodes[0].n", equalTo((int) figures[0]))
                .body("nodes[0].lowerQuartile", closeTo(figures[1], EXACT))
                .body("nodes[0].median", closeTo(figures[2], EXACT))
                .body("nodes[0].upperQuartile", closeTo(figures[3], EXACT))
                .body("nodes[0].percentile", closeTo(figures[4], EXACT)));
    }

    @Test
    void aGroupOfTooFewOrganisationsRevealsNothing() {
        String tool = ComparisonTestData.uniqueTool();
        long asking = data.organisation("SI", GovernmentLevel.LOCAL, Sector.HEALTH, SizeBand.UP_TO_49, true);
        long assessment = data.closedRound(asking, tool, 10, Map.of("overall", 50.0));
        for (int i = 0; i < 3; i++) {
            peer(tool, 10 * i, true);
        }
        String member = data.member(asking, Role.COORDINATOR);
        Map<String, Object> body = comparison(member, assessment, "all").statusCode(200)
                .body("refused", equalTo("too-few-organisations"))
                .body("message", equalTo("not enough organisations to compare")).extract().path("$");
        assertEquals(new TreeSet<>(List.of("assessmentId", "tool", "group", "minGroupSize", "refused", "message")),
                new TreeSet<>(body.keySet()), "a refused group shows no count and no figure");
        // one more makes five: shown
        peer(tool, 90, true);
        comparison(member, assessment, "all").statusCode(200).body("refused", nullValue())
                .body("nodes[0].n", equalTo(5)).body("nodes[0].median", closeTo(20, EXACT));
        // the country group is the asking organisation alone
        comparison(member, assessment, "country").statusCode(200).body("refused", equalTo("too-few-organisations"))
                .body("nodes", nullValue());
    }

    @Test
    void aGroupNestedInALargerOneByFewerThanTheMinimumIsWithheld() {
        String tool = ComparisonTestData.uniqueTool();
        Map<String, Double> both = new LinkedHashMap<>();
        both.put("overall", 50.0);
        both.put("extra", 50.0);
        long asking = data.organisation("SI", GovernmentLevel.LOCAL, Sector.HEALTH, SizeBand.UP_TO_49, true);
        long assessment = data.closedRound(asking, tool, 10, both);
        // five more in Slovenia: the country group (6) equals "all" (6), which reveals nothing new
        for (int i = 0; i < 5; i++) {
            data.closedRound(data.organisation("SI", GovernmentLevel.REGIONAL, Sector.OTHER, SizeBand.FROM_1000,
                    true), tool, 10, both);
        }
        String member = data.member(asking, Role.RESPONDENT);
        comparison(member, assessment, "country").statusCode(200).body("nodes[0].n", equalTo(6));
        // one organisation elsewhere: "all" (7) beside "country" (6) would show its score; country is withheld
        long croatian = peer(tool, 95, true);
        comparison(member, assessment, "all").statusCode(200).body("nodes[0].n", equalTo(7));
        comparison(member, assessment, "country").statusCode(200).body("refused", equalTo("overlapping-group"))
                .body("nodes", nullValue());
        // the level group (LOCAL: the asking organisation alone) is simply too small
        comparison(member, assessment, "level").statusCode(200).body("refused", equalTo("too-few-organisations"));
        // four more elsewhere, five outside the country: both groups may be shown
        for (int i = 0; i < 4; i++) {
            peer(tool, 95, true);
        }
        comparison(member, assessment, "all").statusCode(200).body("nodes[0].n", equalTo(11));
        comparison(member, assessment, "country").statusCode(200).body("nodes.n", contains(6, 6));
        // node by node too: the Croatian organisation's new round is the only one outside Slovenia with "extra"
        data.closedRound(croatian, tool, 20, both);
        comparison(member, assessment, "all").statusCode(200).body("nodes.n", contains(11, 7));
        comparison(member, assessment, "country").statusCode(200).body("refused", nullValue())
                .body("nodes.nodeId", contains("overall", "extra")).body("nodes[0].n", equalTo(6))
                .body("nodes[1].refused", equalTo("overlapping-group")).body("nodes[1].n", nullValue())
                .body("nodes[1].median", nullValue()).body("nodes[1].score", closeTo(50, EXACT));
    }

    @Test
    void anOrganisationThatOptsOutLeavesEveryFigureAndSeesNone() {
        String tool = ComparisonTestData.uniqueTool();
        long asking = data.organisation("SI", GovernmentLevel.LOCAL, Sector.HEALTH, SizeBand.UP_TO_49, true);
        long assessment = data.closedRound(asking, tool, 10, Map.of("overall", 50.0));
        for (double score : new double[] {10, 20, 30, 40}) {
            peer(tool, score, true);
        }
        long leaving = peer(tool, 90, true);
        long leavingAssessment = data.closedRound(leaving, tool, 11, Map.of("overall", 100.0));
        String member = data.member(asking, Role.RESPONDENT);
        String leavingCoordinator = data.member(leaving, Role.COORDINATOR);
        // 10 20 30 40 50 100
        comparison(member, assessment, "all").statusCode(200).body("nodes[0].n", equalTo(6))
                .body("nodes[0].median", closeTo(35, EXACT)).body("nodes[0].upperQuartile", closeTo(47.5, EXACT));
        comparison(leavingCoordinator, leavingAssessment, "all").statusCode(200)
                .body("nodes[0].percentile", closeTo(5.5 / 6 * 100, EXACT));

        as(leavingCoordinator).contentType("application/json").body(Map.of("benchmarkOptIn", false))
                .put("/api/organisations/" + leaving + "/sharing").then().statusCode(200)
                .body("benchmarkOptIn", equalTo(false)).body("neverShared", org.hamcrest.Matchers.hasItem("answers"));
        // 10 20 30 40 50
        comparison(member, assessment, "all").statusCode(200).body("nodes[0].n", equalTo(5))
                .body("nodes[0].median", closeTo(30, EXACT)).body("nodes[0].upperQuartile", closeTo(40, EXACT));
        comparison(leavingCoordinator, leavingAssessment, "all").statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].code", equalTo("not-opted-in"));

        as(leavingCoordinator).contentType("application/json").body(Map.of("benchmarkOptIn", true))
                .put("/api/organisations/" + leaving + "/sharing").then().statusCode(200);
        comparison(member, assessment, "all").statusCode(200).body("nodes[0].n", equalTo(6));
    }

    @Test
    void onlyCoordinatorsAndTheAdminChangeSharingAndTheValueIsRequired() {
        long organisation = data.organisation("SI", GovernmentLevel.LOCAL, Sector.HEALTH, SizeBand.UP_TO_49, false);
        String respondent = data.member(organisation, Role.RESPONDENT);
        String coordinator = data.member(organisation, Role.COORDINATOR);
        as(respondent).get("/api/organisations/" + organisation + "/sharing").then().statusCode(200)
                .body("benchmarkOptIn", equalTo(false));
        as(respondent).contentType("application/json").body(Map.of("benchmarkOptIn", true))
                .put("/api/organisations/" + organisation + "/sharing").then().statusCode(403);
        as(coordinator).contentType("application/json").body("{}")
                .put("/api/organisations/" + organisation + "/sharing").then().statusCode(400)
                .body("errors[0].field", equalTo("benchmarkOptIn"));
        given().auth().preemptive().basic(org.cokit.TestData.ADMIN, org.cokit.TestData.PASSWORD)
                .contentType("application/json").body(Map.of("benchmarkOptIn", true))
                .put("/api/organisations/" + organisation + "/sharing").then().statusCode(200)
                .body("benchmarkOptIn", equalTo(true));
        // another organisation's coordinator: as if it did not exist
        String stranger = data.member(data.organisation("DK", GovernmentLevel.LOCAL, Sector.HEALTH,
                SizeBand.UP_TO_49, true), Role.COORDINATOR);
        as(stranger).contentType("application/json").body(Map.of("benchmarkOptIn", false))
                .put("/api/organisations/" + organisation + "/sharing").then().statusCode(404);
        as(stranger).get("/api/organisations/" + organisation + "/sharing").then().statusCode(404);
    }

    @Test
    void anotherOrganisationsAssessmentAnswers404AndBadRequestsAreRefusedClearly() {
        String tool = ComparisonTestData.uniqueTool();
        long asking = data.organisation("SI", GovernmentLevel.LOCAL, Sector.HEALTH, SizeBand.UP_TO_49, true);
        long assessment = data.closedRound(asking, tool, 10, Map.of("overall", 50.0));
        long open = data.openRound(asking, tool);
        String member = data.member(asking, Role.RESPONDENT);
        String stranger = data.member(data.organisation("SI", GovernmentLevel.LOCAL, Sector.HEALTH, SizeBand.UP_TO_49,
                true), Role.COORDINATOR);

        comparison(stranger, assessment, "all").statusCode(404);
        comparison(member, 999_999_999L, "all").statusCode(404);
        comparison(member, assessment, "planet").statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors[0].field", equalTo("group"))
                .body("errors[0].code", equalTo("invalid-choice"));
        comparison(member, open, "all").statusCode(409).body("errors[0].code", equalTo("assessment-not-closed"));
        as(member).get("/api/assessments/" + assessment + "/comparison").then().statusCode(200)
                .body("group", equalTo("all"));
    }

    @Test
    void closingAnAssessmentMakesItTheLatestRoundWithItsFrozenScores() {
        long assessment = org.cokit.TestData.assessmentWithWeakUsers();
        long city = data.latestRoundOwner(assessment);
        given().auth().preemptive().basic(org.cokit.TestData.CITY_COORDINATOR, org.cokit.TestData.PASSWORD)
                .contentType("application/json").post("/api/assessments/" + assessment + "/close").then()
                .statusCode(200);
        assertEquals(assessment, data.latestRound(city, org.cokit.engine.answers.SampleTool.ID));
        List<List<String>> frozen = data.scores(assessment, true);
        assertEquals(frozen, data.scores(assessment, false));
        org.junit.jupiter.api.Assertions.assertFalse(frozen.isEmpty(), "the sample rule set scores some nodes");
    }
}
