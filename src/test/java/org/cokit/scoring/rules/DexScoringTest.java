package org.cokit.scoring.rules;

import static org.cokit.scoring.RuleSetFixtures.answers;
import static org.cokit.scoring.RuleSetFixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cokit.i18n.Language;
import org.cokit.scoring.RuleSetFixtures;
import org.cokit.scoring.dex.DexScale;
import org.junit.jupiter.api.Test;

/** DEX rule sets: answers to levels, tables stated three ways, unknown answers as ranges, reverse coding. */
class DexScoringTest {

    private static final RuleSet RULES = load("sample-dex.yaml");

    @Test
    void favourableAnswersGiveTheBestValues() {
        ScoringResult result = RULES.evaluate(answers("many-users", "yes", "satisfaction", "5", "main-channel",
                "online", "users-count", "200000"));
        NodeResult root = result.root();
        assertEquals("overall", root.id());
        assertEquals(2, root.level());
        assertEquals(List.of("suitable"), root.values());
        assertEquals(100.0, root.score());
        assertEquals("Suitable", root.label(Language.EN));
        assertEquals("Prikladna", root.label(Language.HR));
        assertEquals(DexScale.Group.GOOD, root.group());
        assertEquals(2, result.result("users").level());
        assertEquals(2, result.result("reach").level());
        assertEquals(1, result.result("many-users").level());
    }

    @Test
    void eachWayOfStatingATableGivesItsValues() {
        // users by rules, reach by count of favourable inputs, overall from weights: (2·users + reach + base) / 4.
        ScoringResult result = RULES.evaluate(answers("many-users", "yes", "satisfaction", "3", "main-channel",
                "counter", "users-count", "500"));
        assertEquals("high", result.result("users").values().get(0));
        assertEquals("medium", result.result("reach").values().get(0));
        assertEquals("low", result.result("user-base").values().get(0));
        assertEquals("conditional", result.root().values().get(0));
        // Inside the middle third by how its inputs did: users (2 + (1 + 0.5) / 2) / 3, reach (1 + 0.5) / 3, base 0.
        assertEquals(100 * (2 + 0.75) / 3, result.result("users").score(), 1e-9);
        assertEquals(50.0, result.result("reach").score(), 1e-9);
        assertEquals(100 * (1 + (2.75 / 3 + 0.5 + 0) / 3) / 3, result.root().score(), 1e-9);
        assertEquals("Suitable with conditions", result.root().label(Language.EN));
    }

    @Test
    void unknownAnswersGiveARangeNotAnError() {
        // users-count is not answered (the questionnaire hides it when many-users is no): every base is possible.
        ScoringResult result = RULES.evaluate(answers("many-users", "no", "satisfaction", "1", "main-channel",
                "phone"));
        NodeResult base = result.result("user-base");
        assertEquals(0, base.levelMin());
        assertEquals(2, base.levelMax());
        assertEquals(50.0, base.score());
        NodeResult root = result.root();
        assertFalse(root.isSingle());
        assertEquals(0, root.levelMin());
        assertEquals(1, root.levelMax());
        // The mid-point of the range, placed by the known inputs only (users and reach at 0; base is wholly unknown).
        assertEquals(100 * (0.5 + 0) / 3, root.score(), 1e-9);
        assertEquals(List.of("unsuitable", "conditional"), root.values());
        assertEquals("Unsuitable – Suitable with conditions", root.label(Language.EN));
        assertEquals(DexScale.Group.NEUTRAL, root.group());
    }

    @Test
    void notApplicableIsUnknownToo() {
        ScoringResult result = RULES.evaluate(answers("many-users", "yes", "satisfaction", "n/a", "main-channel",
                "online", "users-count", "5000"));
        NodeResult users = result.result("users");
        assertEquals(0, users.levelMin());
        assertEquals(2, users.levelMax());
        NodeResult root = result.root();
        assertEquals(1, root.levelMin());
        assertEquals(2, root.levelMax());
        // users spans its whole scale and counts for nothing; reach (1.0) and base (0.5) place the range 1..2.
        assertEquals(100 * (1.5 + 0.75) / 3, root.score(), 1e-9);
    }

    @Test
    void aHigherLevelAlwaysScoresHigherAndTheAnswersRankWithinALevel() {
        ScoringResult worse = RULES.evaluate(answers("many-users", "yes", "satisfaction", "3", "main-channel",
                "counter", "users-count", "500"));
        ScoringResult better = RULES.evaluate(answers("many-users", "yes", "satisfaction", "4", "main-channel",
                "counter", "users-count", "500"));
        assertEquals(worse.root().level(), better.root().level(), "both suitable with conditions");
        assertTrue(better.root().score() > worse.root().score(), "the more satisfied users rank higher");
        ScoringResult top = RULES.evaluate(answers("many-users", "yes", "satisfaction", "5", "main-channel",
                "online", "users-count", "500"));
        assertEquals(2, top.root().level());
        assertTrue(top.root().score() >= 200.0 / 3, "the top level starts where the one below ends");
        assertTrue(better.root().score() < 200.0 / 3);
    }

    @Test
    void numbersTakeTheValueOfTheHighestBoundNotAboveThem() {
        for (Map.Entry<String, String> c : Map.of("0", "low", "999.5", "low", "1000", "medium", "99999", "medium",
                "100000", "high", "5000000", "high").entrySet()) {
            assertEquals(List.of(c.getValue()), RULES.evaluate(answers("users-count", c.getKey()))
                    .result("user-base").values(), c.getKey());
        }
    }

    @Test
    void reverseCodingCountsAYesAgainst() {
        RuleSet rules = RuleSetFixtures.load(RuleSetFixtures.dex("reversed", """
                  many-users: {question: many-users, scale: yes-no, reverse: true}
                  satisfaction: {question: satisfaction, scale: three, map: {1: high, 2: high, 3: medium, 4: low, 5: low}}
                """, """
                  top:
                    scale: three
                    from: [many-users, satisfaction]
                    weights: {'*': 1}
                """));
        ScoringResult yes = rules.evaluate(answers("many-users", "yes", "satisfaction", "5"));
        assertEquals(0, yes.result("many-users").level());
        assertEquals(0, yes.root().level());
        ScoringResult no = rules.evaluate(answers("many-users", "no", "satisfaction", "1"));
        assertEquals(1, no.result("many-users").level());
        assertEquals(2, no.root().level());
    }

    @Test
    void anAnswerTheRuleSetCannotMapIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RULES.evaluate(answers("main-channel", "fax")));
        assertTrue(e.getMessage().contains("question 'main-channel': 'fax'"), e.getMessage());
    }
}
