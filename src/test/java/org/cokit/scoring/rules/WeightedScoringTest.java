package org.cokit.scoring.rules;

import static org.cokit.scoring.RuleSetFixtures.answers;
import static org.cokit.scoring.RuleSetFixtures.load;
import static org.cokit.scoring.RuleSetFixtures.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cokit.i18n.Language;
import org.cokit.scoring.RuleSetFixtures;
import org.junit.jupiter.api.Test;

/** Weighted rule sets: points, mean / sum / weighted, not applicable leaving the denominator, bands, reversal. */
class WeightedScoringTest {

    private static final RuleSet RULES = load("sample-weighted.yaml");
    private static final double EXACT = 1e-9;

    @Test
    void pointsAggregateByMeanSumAndWeights() {
        ScoringResult result = RULES.evaluate(answers("many-users", "yes", "satisfaction", "2", "users-count", "5000",
                "main-channel", "online", "other-channels", "post"));
        assertEquals(25.0, result.result("satisfaction").score(), EXACT);
        assertEquals(50.0, result.result("user-base").score(), EXACT);
        assertEquals((100 + 25 + 50) / 3.0, result.result("users").score(), EXACT);
        assertEquals(List.of("fair"), result.result("users").values());
        assertEquals(40.0, result.result("access").score(), EXACT, "(2 + 0) of (2 + 3) points");
        assertEquals(List.of("fair"), result.result("access").values(), "40 is where fair starts");
        assertEquals((3 * 175 / 3.0 + 40) / 4, result.root().score(), EXACT);
        assertEquals(List.of("not-ready"), result.root().values(), "the root's own bands");
        assertEquals("Ni pripravljeno", result.root().label(Language.SL));
    }

    @Test
    void notApplicableLeavesTheDenominator() {
        ScoringResult result = RULES.evaluate(answers("many-users", "yes", "satisfaction", "n/a", "main-channel",
                "counter", "other-channels", "online,phone"));
        assertFalse(result.result("satisfaction").isKnown());
        assertTrue(Double.isNaN(result.result("satisfaction").score()));
        assertEquals(100.0, result.result("users").score(), EXACT, "only many-users counts, not satisfaction as 0");
        assertEquals(60.0, result.result("access").score(), EXACT);
        assertEquals(90.0, result.root().score(), EXACT);
        assertEquals(List.of("ready"), result.root().values());
        assertEquals(1, result.root().level());
    }

    @Test
    void withNothingAnsweredNothingHasAValue() {
        ScoringResult result = RULES.evaluate(answers());
        assertFalse(result.root().isKnown());
        assertEquals(-1, result.root().levelMin());
        assertEquals(List.of(), result.root().values());
        assertEquals(null, result.root().label(Language.EN));
    }

    @Test
    void aMultiAnswerAddsUpItsOptions() {
        assertEquals(200.0 / 3, RULES.evaluate(answers("other-channels", "online,counter,post"))
                .result("channels").score(), EXACT);
    }

    @Test
    void reverseCodingByDefaultOrByPoints() {
        RuleSet rules = RuleSetFixtures.load(yaml("reversed-points.yaml", """
                # Test data made by a test.
                id: reversed-points
                version: 1
                questionnaire: sample
                kind: weighted
                bands:
                  - {id: low, from: 0, label: {en: Low}}
                  - {id: high, from: 50, label: {en: High}}
                inputs:
                  few-users: {question: many-users, reverse: true}
                  unhappy: {question: satisfaction, reverse: true}
                  not-online: {question: main-channel, points: {online: 0, counter: 1, phone: 1}}
                nodes:
                  top: {from: [few-users, unhappy, not-online], aggregate: sum}
                root: top
                """));
        ScoringResult result = rules.evaluate(answers("many-users", "yes", "satisfaction", "1", "main-channel",
                "online"));
        assertEquals(0.0, result.result("few-users").score(), EXACT);
        assertEquals(100.0, result.result("unhappy").score(), EXACT);
        assertEquals(0.0, result.result("not-online").score(), EXACT);
        assertEquals(4 / 6.0 * 100, result.root().score(), EXACT);
        assertEquals(List.of("high"), result.root().values());
    }
}
