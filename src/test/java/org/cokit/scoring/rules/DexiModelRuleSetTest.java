package org.cokit.scoring.rules;

import static org.cokit.scoring.RuleSetFixtures.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cokit.i18n.Language;
import org.cokit.scoring.RuleSetFixtures;
import org.junit.jupiter.api.Test;

/**
 * A DEXi model in place of scales and nodes: the car model of dex.md §6 ({@code dexi/Car.dxi}), its basic attributes
 * mapped to the questions of a small car questionnaire, gives the results DEXi stored for its two cars.
 */
class DexiModelRuleSetTest {

    private static final RuleSet CAR = RuleSetFixtures.LOADER.load(RuleSetFixtures.resource("dexi/car.yaml"),
            RuleSetFixtures.folder("dexi"), RuleSetFixtures.QUESTIONNAIRES).ruleSet();

    @Test
    void theModelsAttributesBecomeInputsAndNodes() {
        assertEquals(List.of("BUY.PRICE", "MAINT.PRICE", "#PERS", "#DOORS", "LUGGAGE", "SAFETY", "CAR", "PRICE",
                "TECH.CHAR.", "COMFORT"), CAR.attributes().stream().map(Attribute::id).toList());
        assertEquals("CAR", CAR.root().id());
        assertEquals(List.of("high", "medium", "low"), CAR.attributes().get(0).scale().valueIds());
    }

    @Test
    void car1IsExcellentAndCar2Good() {
        ScoringResult car1 = CAR.evaluate(answers("buy-price", "20000", "maintenance", "cheap", "persons", "more",
                "doors", "4", "luggage", "3", "safety", "3"));
        assertEquals(List.of("exc"), car1.root().values());
        assertEquals("Fremragende", car1.root().label(Language.DA));
        double score = car1.root().score();
        assertTrue(score >= 75 && score < 100, "in the top band, below 100 as not every input is at its best: " + score);
        assertEquals(List.of("low"), car1.result("PRICE").values());
        assertEquals("low", car1.result("PRICE").label(Language.SL), "no label given: the DEXi value name");
        ScoringResult car2 = CAR.evaluate(answers("buy-price", "20000", "maintenance", "average", "persons", "more",
                "doors", "5", "luggage", "3", "safety", "2"));
        assertEquals(List.of("good"), car2.root().values());
        assertEquals(List.of("high"), car2.result("COMFORT").values());
    }

    @Test
    void unknownAnswersGiveRangesAndRecommendationsFollow() {
        ScoringResult result = CAR.evaluate(answers("buy-price", "40000", "maintenance", "n/a", "persons", "two",
                "doors", "2", "luggage", "1", "safety", "1"));
        assertEquals(List.of("unacc"), result.root().values());
        assertEquals(List.of("look-further"), result.recommendations().stream().map(Action::id).toList());
        ScoringResult unknownPrice = CAR.evaluate(answers("persons", "more", "doors", "4", "luggage", "3",
                "safety", "3"));
        assertEquals(List.of("unacc", "acc", "good", "exc"), unknownPrice.root().values());
    }
}
