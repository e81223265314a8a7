package org.cokit.scoring.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cokit.scoring.dex.DexAttribute;
import org.cokit.scoring.dex.DexEvaluation;
import org.cokit.scoring.dex.DexEvaluator;
import org.cokit.scoring.dex.DexModel;

/**
 * DEX evaluation of a rule set: answers become ordinals of the model's basic attributes (an unknown answer the full
 * scale), the model is evaluated with DEX set semantics, and each attribute's set of values becomes a range of
 * levels.
 *
 * <p>Scores: an input's is its level on the scale ({@code level / (n - 1) · 100}). A qualitative level alone is too
 * coarse to rank or to show a trend, so an aggregate's score places it inside the band of its level by how well its
 * inputs did: {@code (level + f) / n · 100}, where {@code f} is the mean score (0..1) of its inputs that have a
 * value narrower than their whole scale. Levels stay ordered (a higher level always scores higher), the best
 * possible answers give 100 and the worst 0. For a range of levels, the mid-point of the range takes the level's
 * place.
 */
final class DexRuleSetEvaluator extends RuleSetEvaluator<long[]> {

    private final DexEvaluator evaluator;
    private final Scale[] scales;
    private final int[] slots;
    /** Per model input, in the order of {@link DexModel#inputs()}: */
    private final int[] inputAttribute;
    private final String[] questions;
    private final AnswerMapping[] mappings;
    private final long[][] masks;
    /** Aggregates in an order that puts every one after its inputs, and each one's inputs (attribute indices). */
    private final int[] aggregates;
    private final int[][] aggregateInputs;

    DexRuleSetEvaluator(RuleSet ruleSet, DexModel model, List<DexInput> inputs) {
        this.evaluator = new DexEvaluator(model);
        List<Attribute> attributes = ruleSet.attributes();
        this.scales = new Scale[attributes.size()];
        this.slots = new int[attributes.size()];
        for (int a = 0; a < attributes.size(); a++) {
            scales[a] = attributes.get(a).scale();
            slots[a] = evaluator.indexOf(attributes.get(a).id());
        }
        List<DexAttribute> modelInputs = model.inputs();
        int count = modelInputs.size();
        this.inputAttribute = new int[count];
        this.questions = new String[count];
        this.mappings = new AnswerMapping[count];
        this.masks = new long[count][];
        for (int i = 0; i < count; i++) {
            String id = modelInputs.get(i).id();
            DexInput input = inputs.stream().filter(in -> in.attribute().equals(id)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("the model's input '" + id + "' is not mapped"));
            inputAttribute[i] = ruleSet.indexOf(id);
            questions[i] = attributes.get(inputAttribute[i]).question();
            mappings[i] = input.mapping();
            masks[i] = input.masks();
        }
        List<int[]> order = new ArrayList<>();
        for (DexAttribute attribute : model.postOrder()) {
            if (attribute.isAggregate() && ruleSet.attribute(attribute.id()).isPresent()) {
                int[] entry = new int[1 + attribute.inputs().size()];
                entry[0] = ruleSet.indexOf(attribute.id());
                int used = 1;
                for (DexAttribute in : attribute.inputs()) {
                    if (ruleSet.attribute(in.id()).isPresent()) {
                        entry[used++] = ruleSet.indexOf(in.id());
                    }
                }
                order.add(Arrays.copyOf(entry, used));
            }
        }
        this.aggregates = new int[order.size()];
        this.aggregateInputs = new int[order.size()][];
        for (int n = 0; n < order.size(); n++) {
            aggregates[n] = order.get(n)[0];
            aggregateInputs[n] = Arrays.copyOfRange(order.get(n), 1, order.get(n).length);
        }
    }

    /** The DEX evaluator underneath, for the benchmarks that measure it alone. */
    DexEvaluator evaluator() {
        return evaluator;
    }

    @Override
    long[] read(Map<String, String> answers) {
        long[] inputs = new long[questions.length];
        for (int i = 0; i < inputs.length; i++) {
            String answer = answers.get(questions[i]);
            if (!isUnknown(answer)) {
                int entry = mappings[i].entry(answer);
                if (entry < 0) {
                    throw notMappable(questions[i], answer);
                }
                inputs[i] = masks[i][entry];
            }
        }
        return inputs;
    }

    @Override
    void evaluate(long[] inputs, ScoringValues values) {
        DexEvaluation evaluation = evaluator.evaluate(inputs);
        for (int a = 0; a < scales.length; a++) {
            long mask = evaluation.mask(slots[a]);
            if (mask == 0) {
                values.unset(a);
            } else {
                Scale scale = scales[a];
                int min = scale.minLevel(mask);
                int max = scale.maxLevel(mask);
                values.set(a, min, max, (min + max) * 50.0 / (scale.size() - 1));
            }
        }
        for (int n = 0; n < aggregates.length; n++) {
            int a = aggregates[n];
            if (values.levelMin(a) >= 0) {
                values.set(a, values.levelMin(a), values.levelMax(a), refinedScore(a, aggregateInputs[n], values));
            }
        }
    }

    private double refinedScore(int attribute, int[] inputs, ScoringValues values) {
        double sum = 0;
        int counted = 0;
        for (int input : inputs) {
            int min = values.levelMin(input);
            if (min >= 0 && !(min == 0 && values.levelMax(input) == scales[input].size() - 1)) {
                sum += values.score(input) / 100.0;
                counted++;
            }
        }
        double withinLevel = counted == 0 ? 0.5 : sum / counted;
        double level = (values.levelMin(attribute) + values.levelMax(attribute)) / 2.0;
        return (level + withinLevel) * 100.0 / scales[attribute].size();
    }

    @Override
    int inputCount() {
        return questions.length;
    }

    @Override
    int inputAttribute(int position) {
        return inputAttribute[position];
    }

    @Override
    Step<long[]> step(long[] inputs, int position, int direction) {
        long mask = inputs[position];
        if (mask == 0 || (mask & (mask - 1)) != 0) {
            return null;
        }
        Scale scale = scales[inputAttribute[position]];
        int level = scale.level(Long.numberOfTrailingZeros(mask)) + direction;
        if (level < 0 || level >= scale.size()) {
            return null;
        }
        long stepped = 1L << scale.ordinal(level);
        long[] changed = inputs.clone();
        changed[position] = stepped;
        String answer = null;
        for (int entry = 0; entry < masks[position].length && answer == null; entry++) {
            if (masks[position][entry] == stepped) {
                answer = mappings[position].keys().get(entry);
            }
        }
        return new Step<>(changed, answer);
    }
}
