package org.cokit.scoring.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.cokit.scoring.dex.DexScale;
import org.cokit.scoring.rules.LevelCondition;
import org.cokit.scoring.rules.LevelCondition.Truth;
import org.cokit.scoring.rules.Scale;
import org.cokit.scoring.rules.ScoringValues;
import org.junit.jupiter.api.Test;

/** The recommendations' condition language: comparisons, and / or / not, parentheses, quoted names. */
class WhenParserTest {

    private static final Scale THREE = new Scale("three", DexScale.of("low", "medium", "high"), List.of());
    private static final Map<String, WhenParser.Target> NODES = Map.of("a", new WhenParser.Target(0, THREE),
            "b", new WhenParser.Target(1, THREE), "TECH CHAR", new WhenParser.Target(2, THREE));

    /** a = low, b = high, TECH CHAR = medium. */
    private static Truth test(String when) throws WhenParser.WhenException {
        LevelCondition condition = WhenParser.parse(when, NODES::get, List.of("a", "b", "TECH CHAR"));
        int[] levels = {0, 2, 1};
        return condition.test(ScoringValues.of(levels, levels, new double[] {0, 100, 50}));
    }

    @Test
    void everyComparisonWorksOnLevels() throws WhenParser.WhenException {
        assertEquals(Truth.TRUE, test("a <= low"));
        assertEquals(Truth.FALSE, test("a < low"));
        assertEquals(Truth.TRUE, test("b >= medium"));
        assertEquals(Truth.TRUE, test("b > medium"));
        assertEquals(Truth.TRUE, test("a == low"));
        assertEquals(Truth.TRUE, test("a != high"));
        assertEquals(Truth.TRUE, test("'TECH CHAR' == medium"));
        assertEquals(Truth.TRUE, test("\"TECH CHAR\"==medium"));
    }

    @Test
    void andBindsTighterThanOrAndNotTighterStill() throws WhenParser.WhenException {
        assertEquals(Truth.TRUE, test("a == high and b == low or b == high"));
        assertEquals(Truth.FALSE, test("a == high and (b == low or b == high)"));
        assertEquals(Truth.TRUE, test("not a == high and b == high"));
        assertEquals(Truth.FALSE, test("not (a == low or b == low)"));
    }

    @Test
    void faultsAreNamed() {
        assertEquals("expected a value of 'a' at the end", message("a <="));
        assertEquals("after 'a' comes a comparison (==, !=, <, <=, >, >=), not 'low'", message("a low"));
        assertEquals("unexpected 'b'; join comparisons with and / or", message("a == low b == low"));
        assertEquals("expected a node name, not 'and'", message("and a == low"));
        assertEquals("a quote is not closed", message("'a == low"));
        assertEquals("the condition is empty", message("  "));
        assertEquals("'=>' is not a comparison (==, !=, <, <=, >, >=)", message("a => low"));
    }

    private static String message(String when) {
        return assertThrows(WhenParser.WhenException.class, () -> WhenParser.parse(when, NODES::get, List.of()))
                .getMessage();
    }
}
