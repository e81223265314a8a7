package org.cokit.scoring.rules;

import java.util.List;
import java.util.Map;
import org.cokit.scoring.dex.DexAttribute;
import org.cokit.scoring.dex.DexEvaluation;
import org.cokit.scoring.dex.DexEvaluator;
import org.cokit.scoring.dex.DexModel;

/**
 * DEX evaluation of a rule set: answers become ordinals of the model's basic attributes (an unknown answer the full
 * scale), the model is evaluated with DEX set semantics, and each attribute's set of values becomes a range of
 * levels with the mid-point as its score ({@code level / (n - 1) · 100}).
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
