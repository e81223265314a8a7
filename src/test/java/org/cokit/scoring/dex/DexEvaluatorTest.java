package org.cokit.scoring.dex;

import static org.cokit.scoring.dex.DexTestModels.singles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cokit.scoring.dex.DexDiscretization.Association;
import org.cokit.scoring.dex.DexDiscretization.Bound;
import org.cokit.scoring.dex.DexEvaluator.UndefinedPolicy;
import org.junit.jupiter.api.Test;

/** Set evaluation on small hand-built models: order, discretisation bounds, undefined values and bad input. */
class DexEvaluatorTest {

    private static final DexScale THREE = DexScale.of("low", "medium", "high");
    private static final DexScale TWO = DexScale.of("no", "yes");

    /** Y = max(A, B) on two three-value scales. */
    private static DexModel maxModel() {
        List<DexValue> rules = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                rules.add(DexValue.single(Math.max(a, b)));
            }
        }
        return DexTestModels.oneTable(THREE, List.of(THREE, THREE), rules);
    }

    @Test
    void singleInputsLookUpOneRule() {
        DexEvaluator evaluator = new DexEvaluator(maxModel());
        assertEquals(DexValue.single(2), evaluator.evaluate(singles("A", 0, "B", 2)).value("Y"));
        assertEquals(DexValue.single(1), evaluator.evaluate(singles("A", 1, "B", 0)).value("Y"));
        assertEquals(DexValue.single(1), evaluator.evaluate(singles("A", 1, "B", 0)).value("A"));
    }

    @Test
    void setsAreTheUnionOverEveryCombination() {
        DexEvaluator evaluator = new DexEvaluator(maxModel());
        Map<String, DexValue> inputs = new HashMap<>(Map.of("A", DexValue.set(0, 1), "B", DexValue.single(0)));
        assertEquals(DexValue.interval(0, 1), evaluator.evaluate(inputs).value("Y"));
        inputs.put("B", DexValue.set(0, 2));
        assertEquals(DexValue.single(2).mask() | DexValue.interval(0, 1).mask(),
                evaluator.evaluate(inputs).value("Y").mask());
        assertEquals(DexValue.single(2), evaluator.evaluate(Map.of("B", DexValue.single(2))).value("Y"));
    }

    @Test
    void inputsByPositionGiveTheSameValuesAsInputsById() {
        DexEvaluator evaluator = new DexEvaluator(maxModel());
        int y = evaluator.indexOf("Y");
        assertEquals(DexValue.single(2).mask(),
                evaluator.evaluate(new long[] {DexValue.single(0).mask(), DexValue.single(2).mask()}).mask(y));
        assertEquals(evaluator.evaluate(Map.of("A", DexValue.set(0, 1))).value("Y").mask(),
                evaluator.evaluate(new long[] {DexValue.set(0, 1).mask(), 0}).mask(y));
        assertThrows(IllegalArgumentException.class, () -> evaluator.evaluate(new long[] {1}));
        assertThrows(IllegalArgumentException.class, () -> evaluator.evaluate(new long[] {1L << 3, 1}));
    }

    @Test
    void anIntervalRuleGivesARange() {
        DexFunction table = DexFunction.ofIntervals(List.of(2), 3, new int[] {0, 1}, new int[] {0, 2}, null);
        DexModel model = new DexModel("m", "", List.of(DexAttribute.aggregate("Y", "Y", THREE, table,
                List.of(DexAttribute.basic("A", "A", TWO)))));
        DexEvaluator evaluator = new DexEvaluator(model);
        assertEquals(DexValue.single(0), evaluator.evaluate(singles("A", 0)).value("Y"));
        assertEquals(DexValue.interval(1, 2), evaluator.evaluate(singles("A", 1)).value("Y"));
        assertEquals(DexValue.interval(0, 2), evaluator.evaluate(Map.of()).value("Y"));
    }

    @Test
    void aDescendingScaleIsEvaluatedByOrdinalAndPrefersTheFirstValue() {
        DexScale cost = DexScale.discrete(DexScale.Order.DESCENDING,
                List.of(DexScale.Value.of("cheap"), DexScale.Value.of("dear")));
        DexModel model = DexTestModels.oneTable(THREE, List.of(cost),
                List.of(DexValue.single(2), DexValue.single(0)));
        DexEvaluator evaluator = new DexEvaluator(model);
        assertEquals("high", THREE.label(evaluator.evaluate(singles("A", 0)).value("Y").ordinal()));
        assertEquals("low", THREE.label(evaluator.evaluate(singles("A", 1)).value("Y").ordinal()));
        assertTrue(cost.compare(0, 1) > 0, "cheap is better than dear");
        assertTrue(THREE.compare(0, 1) < 0, "low is worse than medium");
        assertEquals(0, DexScale.discrete(DexScale.Order.NONE, THREE.values()).compare(0, 2));
    }

    /** X over a continuous N: below -1 low; -1 itself (Up) to 1 itself (Down) medium; above 1 high. */
    private static DexEvaluator discretized(Association first, Association second) {
        DexDiscretization discretization = new DexDiscretization(
                List.of(DexValue.single(0), DexValue.single(1), DexValue.single(2)),
                List.of(new Bound(-1, first), new Bound(1, second)));
        DexAttribute n = DexAttribute.basic("N", "N", DexScale.unboundedContinuous());
        return new DexEvaluator(new DexModel("m", "", List.of(
                DexAttribute.aggregate("X", "X", THREE, discretization, List.of(n)))));
    }

    private static int x(DexEvaluator evaluator, double n) {
        return evaluator.evaluate(Map.of("N", DexValue.number(n))).value("X").ordinal();
    }

    @Test
    void aBoundBelongsDownOrUpAsAssociated() {
        DexEvaluator upDown = discretized(Association.UP, Association.DOWN);
        assertEquals(0, x(upDown, -1.5));
        assertEquals(1, x(upDown, -1));
        assertEquals(1, x(upDown, 0));
        assertEquals(1, x(upDown, 1));
        assertEquals(2, x(upDown, 1.0001));
        DexEvaluator downUp = discretized(Association.DOWN, Association.UP);
        assertEquals(0, x(downUp, -1));
        assertEquals(1, x(downUp, -0.9999));
        assertEquals(2, x(downUp, 1));
        assertEquals(DexValue.number(1), downUp.evaluate(Map.of("N", DexValue.number(1))).value("N"));
    }

    @Test
    void aMissingNumberDiscretisesToEveryInterval() {
        DexEvaluation evaluation = discretized(Association.UP, Association.DOWN).evaluate(Map.of());
        assertEquals(DexValue.interval(0, 2), evaluation.value("X"));
        assertEquals(DexValue.any(), evaluation.value("N"));
    }

    @Test
    void undefinedIsTheFullRangeUnlessItShouldPropagate() {
        DexEvaluator evaluator = new DexEvaluator(maxModel());
        Map<String, DexValue> inputs = Map.of("A", DexValue.undefined(), "B", DexValue.single(1));
        assertEquals(DexValue.interval(1, 2), evaluator.evaluate(inputs).value("Y"));
        assertTrue(evaluator.evaluate(inputs, UndefinedPolicy.PROPAGATE).value("Y").isUndefined());
        assertTrue(evaluator.evaluate(inputs, UndefinedPolicy.PROPAGATE).value("A").isUndefined());
        assertEquals(DexValue.single(1),
                evaluator.evaluate(singles("A", 0, "B", 1), UndefinedPolicy.PROPAGATE).value("Y"));

        DexEvaluator continuous = discretized(Association.UP, Association.DOWN);
        Map<String, DexValue> undefinedNumber = Map.of("N", DexValue.undefined());
        assertEquals(DexValue.interval(0, 2), continuous.evaluate(undefinedNumber).value("X"));
        assertTrue(continuous.evaluate(undefinedNumber, UndefinedPolicy.PROPAGATE).value("X").isUndefined());
    }

    @Test
    void anUndefinedRuleFollowsTheSamePolicy() {
        DexModel model = DexTestModels.oneTable(THREE, List.of(TWO), List.of(DexValue.single(0),
                DexValue.undefined()));
        DexEvaluator evaluator = new DexEvaluator(model);
        assertEquals(DexValue.interval(0, 2), evaluator.evaluate(singles("A", 1)).value("Y"));
        assertTrue(evaluator.evaluate(singles("A", 1), UndefinedPolicy.PROPAGATE).value("Y").isUndefined());
        assertTrue(evaluator.evaluate(Map.of(), UndefinedPolicy.PROPAGATE).value("Y").isUndefined());
        assertEquals(DexValue.single(0), evaluator.evaluate(singles("A", 0), UndefinedPolicy.PROPAGATE).value("Y"));
    }

    @Test
    void aLinkedAttributeTakesItsTargetsValue() {
        DexAttribute a = DexAttribute.basic("A", "A", THREE);
        DexAttribute copy = DexAttribute.linked("A.1", "A", THREE, "A");
        DexFunction max = (DexFunction) maxModel().attribute("Y").aggregation();
        DexModel model = new DexModel("m", "", List.of(DexAttribute.aggregate("Y", "Y", THREE, max,
                List.of(copy, DexAttribute.aggregate("Z", "Z", THREE, max, List.of(a, a))))));
        assertEquals(List.of("A"), model.inputs().stream().map(DexAttribute::id).toList());
        assertEquals(List.of("A", "A.1", "Z", "Y"), model.postOrder().stream().map(DexAttribute::id).toList());
        DexEvaluation evaluation = new DexEvaluator(model).evaluate(singles("A", 2));
        assertEquals(DexValue.single(2), evaluation.value("A.1"));
        assertEquals(DexValue.single(2), evaluation.value("Y"));
        assertThrows(IllegalArgumentException.class, () -> new DexEvaluator(model).evaluate(singles("A.1", 0)));
    }

    @Test
    void badInputsAreRefusedWithTheAttributeNamed() {
        DexEvaluator evaluator = new DexEvaluator(maxModel());
        assertMessage("'Q'", () -> evaluator.evaluate(singles("Q", 0)));
        assertMessage("'Y' is not an input", () -> evaluator.evaluate(singles("Y", 0)));
        assertMessage("'A' has 3 values", () -> evaluator.evaluate(singles("A", 3)));
        assertMessage("'A' is discrete", () -> evaluator.evaluate(Map.of("A", DexValue.number(1.5))));
        assertMessage("'N' is continuous",
                () -> discretized(Association.UP, Association.UP).evaluate(singles("N", 1)));
    }

    @Test
    void inconsistentModelsAreRefused() {
        DexFunction max = (DexFunction) maxModel().attribute("Y").aggregation();
        DexAttribute a = DexAttribute.basic("A", "A", THREE);
        assertMessage("has 2 values but the table expects 3", () -> DexAttribute.aggregate("Y", "Y", THREE, max,
                List.of(a, DexAttribute.basic("B", "B", TWO))));
        assertMessage("the table has 2 inputs", () -> DexAttribute.aggregate("Y", "Y", THREE, max, List.of(a)));
        assertMessage("two different attributes have the id 'A'", () -> new DexModel("m", "", List.of(
                DexAttribute.aggregate("Y", "Y", THREE, max, List.of(a, DexAttribute.basic("A", "other", THREE))))));
        assertMessage("depends on itself", () -> new DexModel("m", "", List.of(DexAttribute.aggregate("Y", "Y",
                THREE, max, List.of(DexAttribute.linked("P", "P", THREE, "Q"),
                        DexAttribute.linked("Q", "Q", THREE, "P"))))));
        assertMessage("not in the model", () -> new DexModel("m", "", List.of(DexAttribute.linked("P", "P", THREE,
                "Nowhere"))));
        List<DexScale.Value> many = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            many.add(DexScale.Value.of("v" + i));
        }
        assertMessage("1 to 64 values", () -> DexScale.discrete(DexScale.Order.ASCENDING, many));
        assertMessage("more than " + DexFunction.MAX_RULES,
                () -> DexFunction.undefined(List.of(64, 64, 64, 64), 2));
    }

    private static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    /** The fast paths against a plain enumeration of every combination, on Employee2 with random sets. */
    @Test
    void matchesABruteForceEvaluationOnRandomSets() {
        DexModel model = DexTestModels.fixture("Employee2.dxi").model();
        DexEvaluator evaluator = new DexEvaluator(model);
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            Map<String, DexValue> inputs = new HashMap<>();
            for (DexAttribute input : model.inputs()) {
                int size = input.scale().size();
                int choice = random.nextInt(4);
                if (choice == 0) {
                    continue;
                }
                long mask = choice == 1 ? 1L << random.nextInt(size) : random.nextLong() & input.scale().fullMask();
                inputs.put(input.id(), DexValue.ofMask(mask == 0 ? 1 : mask));
            }
            DexEvaluation evaluation = evaluator.evaluate(inputs);
            Map<String, Long> expected = bruteForce(model, inputs);
            for (DexAttribute attribute : model.attributes()) {
                assertEquals(expected.get(attribute.id()).longValue(), evaluation.value(attribute.id()).mask(),
                        attribute.id() + " for " + inputs);
            }
        }
    }

    private static Map<String, Long> bruteForce(DexModel model, Map<String, DexValue> inputs) {
        Map<String, Long> values = new HashMap<>();
        for (DexAttribute attribute : model.postOrder()) {
            long value;
            if (attribute.isLinked()) {
                value = values.get(attribute.link());
            } else if (attribute.isBasic()) {
                value = inputs.containsKey(attribute.id()) ? inputs.get(attribute.id()).mask()
                        : attribute.scale().fullMask();
            } else {
                DexFunction table = (DexFunction) attribute.aggregation();
                int[] ordinals = new int[attribute.inputs().size()];
                value = combine(attribute, table, values, ordinals, 0);
            }
            values.put(attribute.id(), value);
        }
        return values;
    }

    private static long combine(DexAttribute attribute, DexFunction table, Map<String, Long> values, int[] ordinals,
            int depth) {
        if (depth == ordinals.length) {
            return table.lookup(ordinals).mask();
        }
        long result = 0;
        for (int ordinal = 0; ordinal < 64; ordinal++) {
            if ((values.get(attribute.inputs().get(depth).id()) & (1L << ordinal)) != 0) {
                ordinals[depth] = ordinal;
                result |= combine(attribute, table, values, ordinals, depth + 1);
            }
        }
        return result;
    }

    @Test
    void valuesComeInModelOrder() {
        DexEvaluation evaluation = new DexEvaluator(maxModel()).evaluate(singles("A", 1, "B", 1));
        assertEquals(List.of("Y", "A", "B"), new ArrayList<>(evaluation.values().keySet()));
        assertFalse(evaluation.values().containsValue(null));
    }
}
