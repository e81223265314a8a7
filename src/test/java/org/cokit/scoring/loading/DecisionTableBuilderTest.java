package org.cokit.scoring.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.cokit.scoring.dex.DexFunction;
import org.cokit.scoring.dex.DexScale;
import org.cokit.scoring.rules.Scale;
import org.junit.jupiter.api.Test;

/** Filling decision tables from weights (dex.md §4), alone and around entered rows, always monotone. */
class DecisionTableBuilderTest {

    private static final Scale TWO = scale("no", "yes");
    private static final Scale THREE = scale("low", "medium", "high");

    private static Scale scale(String... values) {
        return new Scale("s", DexScale.of(values), List.of());
    }

    private static DecisionTableBuilder builder(List<Scale> inputs, Scale output, List<String> problems) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ids.add("in" + i);
        }
        return DecisionTableBuilder.of("n", 1, ids, inputs, output, (line, message) -> problems.add(message));
    }

    @Test
    void weightsAloneMapTheWeightedShareOfTheBestLinearlyOntoTheOutput() {
        // DESIGN.md's organisation node: strategic 3, resources 3, own-authority 2, four others 1; W = 12.
        List<String> problems = new ArrayList<>();
        DecisionTableBuilder builder = builder(Collections.nCopies(7, TWO), THREE, problems);
        builder.fillByWeights(new double[] {3, 3, 2, 1, 1, 1, 1});
        DexFunction table = builder.finish();
        assertEquals(List.of(), problems);
        assertEquals(0, table.lookup(0, 0, 0, 0, 0, 0, 0).ordinal());
        assertEquals(0, table.lookup(0, 0, 1, 0, 0, 0, 0).ordinal(), "s = 2/12: 0.33 rounds to low");
        assertEquals(1, table.lookup(1, 0, 0, 0, 0, 0, 0).ordinal(), "s = 3/12: 0.5 rounds half up to medium");
        assertEquals(1, table.lookup(1, 1, 0, 0, 0, 0, 0).ordinal(), "s = 6/12: 1 is medium");
        assertEquals(1, table.lookup(0, 0, 1, 1, 1, 1, 1).ordinal(), "s = 6/12 from the small ones");
        assertEquals(1, table.lookup(1, 1, 1, 0, 0, 0, 0).ordinal(), "s = 8/12: 1.33 rounds to medium");
        assertEquals(2, table.lookup(1, 1, 1, 1, 0, 0, 0).ordinal(), "s = 9/12: 1.5 rounds half up to high");
        assertEquals(2, table.lookup(1, 1, 1, 1, 1, 1, 1).ordinal());
    }

    @Test
    void rowsAreKeptAndALineFittedToThemFillsTheRest() {
        List<String> problems = new ArrayList<>();
        DecisionTableBuilder builder = builder(List.of(THREE, THREE), THREE, problems);
        builder.row(new long[] {0b001, 0b111}, 0b001, 10);
        builder.row(new long[] {0b100, 0b100}, 0b100, 11);
        builder.fillByWeights(new double[] {1, 1});
        DexFunction table = builder.finish();
        assertEquals(List.of(), problems);
        // Fitted to (0, 0), (0.25, 0), (0.5, 0), (1, 2): y = 2.057·s − 0.4, where weights alone give y = 2·s.
        assertEquals(0, table.lookup(1, 0).ordinal(), "0.11 rounds to low; weights alone would give medium");
        assertEquals(1, table.lookup(1, 1).ordinal());
        assertEquals(1, table.lookup(2, 1).ordinal());
        assertEquals(0, table.lookup(0, 2).ordinal(), "the row, not the fit");
        assertEquals(2, table.lookup(2, 2).ordinal());
    }

    @Test
    void aFlatFitFallsBackToTheWeightsAlone() {
        List<String> problems = new ArrayList<>();
        DecisionTableBuilder builder = builder(List.of(THREE, THREE), THREE, problems);
        builder.row(new long[] {0b001, 0b111}, 0b001, 10);
        builder.fillByWeights(new double[] {1, 1});
        DexFunction table = builder.finish();
        assertEquals(List.of(), problems);
        assertEquals(1, table.lookup(1, 0).ordinal());
        assertEquals(2, table.lookup(2, 2).ordinal());
    }

    @Test
    void tablesFilledFromWeightsAreMonotoneWhateverTheWeightsAndScales() {
        Random random = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            int inputs = 1 + random.nextInt(4);
            List<Scale> scales = new ArrayList<>();
            double[] weights = new double[inputs];
            for (int i = 0; i < inputs; i++) {
                scales.add(random.nextBoolean() ? TWO : random.nextBoolean() ? THREE
                        : scale("a", "b", "c", "d", "e"));
                weights[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(10) + random.nextDouble();
            }
            weights[0] += 0.5;
            Scale output = random.nextBoolean() ? THREE : scale("1", "2", "3", "4", "5", "6", "7");
            List<String> problems = new ArrayList<>();
            DecisionTableBuilder builder = builder(scales, output, problems);
            builder.fillByWeights(weights);
            assertNotNull(builder.finish(), problems.toString());
        }
    }
}
