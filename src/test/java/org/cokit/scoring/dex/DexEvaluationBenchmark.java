package org.cokit.scoring.dex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measures evaluations per second on a model of 80 basic attributes (three levels of four, five inputs at the
 * bottom, three-value scales). Not a test: run it by hand after {@code ./mvnw test-compile} with
 * {@code java -cp target/classes:target/test-classes org.cokit.scoring.dex.DexEvaluationBenchmark}.
 */
public final class DexEvaluationBenchmark {

    private static final DexScale SCALE = DexScale.of("low", "medium", "high");
    private static final int ALTERNATIVES = 1_000;

    private DexEvaluationBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(7);
        DexModel model = model(random);
        DexEvaluator evaluator = new DexEvaluator(model);
        System.out.printf("model: %d attributes, %d basic%n", model.attributes().size(), model.inputs().size());
        run("single values", evaluator, alternatives(model, random, 0.0));
        run("10% missing (sets)", evaluator, alternatives(model, random, 0.1));
    }

    private static void run(String label, DexEvaluator evaluator, List<Map<String, DexValue>> alternatives) {
        long sink = measure(evaluator, alternatives, 2_000);
        long start = System.nanoTime();
        long count = 0;
        while (System.nanoTime() - start < 5_000_000_000L) {
            for (Map<String, DexValue> alternative : alternatives) {
                sink ^= evaluator.evaluate(alternative).root().mask();
            }
            count += alternatives.size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-20s %,12.0f evaluations/s  (%.2f µs each; checksum %d)%n", label, count / seconds,
                seconds * 1e6 / count, sink);
    }

    /** Warm-up: lets the JIT compile the evaluator before the clock starts. */
    private static long measure(DexEvaluator evaluator, List<Map<String, DexValue>> alternatives, long millis) {
        long sink = 0;
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            for (Map<String, DexValue> alternative : alternatives) {
                sink ^= evaluator.evaluate(alternative).root().mask();
            }
        }
        return sink;
    }

    private static DexModel model(Random random) {
        List<DexAttribute> groups = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            List<DexAttribute> parts = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                List<DexAttribute> basics = new ArrayList<>();
                for (int b = 0; b < 5; b++) {
                    String id = "q" + g + p + b;
                    basics.add(DexAttribute.basic(id, id, SCALE));
                }
                parts.add(aggregate("part" + g + p, basics, random));
            }
            groups.add(aggregate("group" + g, parts, random));
        }
        return new DexModel("benchmark", "", List.of(aggregate("root", groups, random)));
    }

    /** A table whose output is the rounded mean of the inputs, sometimes widened to an interval. */
    private static DexAttribute aggregate(String id, List<DexAttribute> inputs, Random random) {
        List<Integer> sizes = inputs.stream().map(a -> a.scale().size()).toList();
        int rules = DexFunction.ruleCount(sizes);
        List<DexValue> values = new ArrayList<>(rules);
        for (int r = 0; r < rules; r++) {
            int sum = 0;
            for (int rest = r, i = 0; i < sizes.size(); i++, rest /= 3) {
                sum += rest % 3;
            }
            int mean = Math.round((float) sum / sizes.size());
            values.add(random.nextInt(10) == 0 ? DexValue.interval(Math.max(0, mean - 1), mean)
                    : DexValue.single(mean));
        }
        return DexAttribute.aggregate(id, id, SCALE, new DexFunction(sizes, 3, values, null), inputs);
    }

    private static List<Map<String, DexValue>> alternatives(DexModel model, Random random, double missing) {
        List<Map<String, DexValue>> alternatives = new ArrayList<>();
        for (int a = 0; a < ALTERNATIVES; a++) {
            Map<String, DexValue> inputs = new HashMap<>();
            for (DexAttribute input : model.inputs()) {
                if (random.nextDouble() >= missing) {
                    inputs.put(input.id(), DexValue.single(random.nextInt(3)));
                }
            }
            alternatives.add(inputs);
        }
        return alternatives;
    }
}
