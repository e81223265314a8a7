package org.cokit.scoring.dex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cokit.scoring.dex.DexEvaluator.UndefinedPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DEXi stores, with each alternative, the values it evaluated for the aggregate attributes. Evaluating the stored
 * basic values again must give exactly those values, sets included, for every alternative of every fixture.
 */
class DexiFixturesTest {

    static Stream<Arguments> storedAlternatives() {
        List<Arguments> cases = new ArrayList<>();
        for (String fixture : DexTestModels.FIXTURES) {
            List<DexAlternative> alternatives = DexTestModels.fixture(fixture).alternatives();
            for (int i = 0; i < alternatives.size(); i++) {
                cases.add(Arguments.of(fixture, i, alternatives.get(i).name()));
            }
        }
        return cases.stream();
    }

    /**
     * OneLevelContinuousNew stores one alternative evaluated with undefined inputs left undefined ("Null/Null") and
     * one with undefined read as the full range ("Null/All"), as their names say.
     */
    private static UndefinedPolicy policyFor(String alternative) {
        return alternative.equals("Null/Null") ? UndefinedPolicy.PROPAGATE : UndefinedPolicy.FULL_RANGE;
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource
    void storedAlternatives(String fixture, int index, String name) {
        DexiDocument document = DexTestModels.fixture(fixture);
        DexModel model = document.model();
        DexAlternative alternative = document.alternatives().get(index);
        DexEvaluation evaluation = new DexEvaluator(model).evaluate(alternative.inputs(model), policyFor(name));
        int checked = 0;
        for (DexAttribute attribute : model.attributes()) {
            if (attribute.isAggregate() || attribute.isLinked()) {
                DexValue stored = alternative.values().get(attribute.id());
                assertNotNull(stored, attribute.id() + " has no stored value");
                assertEquals(stored, evaluation.value(attribute.id()), attribute.id());
                checked++;
            }
        }
        assertTrue(checked > 0);
    }
}
