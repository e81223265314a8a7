package org.cokit.scoring.dex;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of every alternative stored in a .dxi file, as the API shows it. A value is its label, a list of
 * labels when it is a set of several, the number for a continuous attribute, or null when undefined or unknown.
 */
public record DexEvaluationView(List<AlternativeView> alternatives) {

    /** One alternative: its name and every attribute's value, keyed by attribute id in model order. */
    public record AlternativeView(String name, Map<String, Object> values) {
    }

    public static DexEvaluationView of(DexiDocument document) {
        DexModel model = document.model();
        DexEvaluator evaluator = new DexEvaluator(model);
        List<AlternativeView> alternatives = document.alternatives().stream().map(alternative -> {
            DexEvaluation evaluation = evaluator.evaluate(alternative.inputs(model));
            Map<String, Object> values = new LinkedHashMap<>();
            for (DexAttribute attribute : model.attributes()) {
                values.put(attribute.id(), json(attribute.scale(), evaluation.value(attribute.id())));
            }
            return new AlternativeView(alternative.name(), values);
        }).toList();
        return new DexEvaluationView(alternatives);
    }

    private static Object json(DexScale scale, DexValue value) {
        if (value.isNumber()) {
            return value.number();
        }
        if (value.isUndefined() || scale.continuous()) {
            return null;
        }
        if (value.isSingle()) {
            return scale.label(value.ordinal());
        }
        return Arrays.stream(value.ordinals()).mapToObj(scale::label).toList();
    }
}
