package org.cokit.scoring.dex;

import java.util.LinkedHashMap;
import java.util.Map;

/** The result of evaluating one alternative: the value of every attribute of the model, by id. */
public final class DexEvaluation {

    private final DexEvaluator evaluator;
    private final long[] masks;
    private final double[] numbers;

    DexEvaluation(DexEvaluator evaluator, long[] masks, double[] numbers) {
        this.evaluator = evaluator;
        this.masks = masks;
        this.numbers = numbers;
    }

    /** The attribute's value: ordinals, a number for a continuous input, any (a missing number) or undefined. */
    public DexValue value(String id) {
        int slot = evaluator.slotOf(id);
        long mask = masks[slot];
        if (mask == 0) {
            return DexValue.undefined();
        }
        if (evaluator.isContinuous(slot)) {
            return Double.isNaN(numbers[slot]) ? DexValue.any() : DexValue.number(numbers[slot]);
        }
        return DexValue.ofMask(mask);
    }

    /**
     * The ordinals of the attribute at {@code index} ({@link DexEvaluator#indexOf}) as a mask; 0 when undefined
     * and for continuous attributes. Allocates nothing, for callers that read many values.
     */
    public long mask(int index) {
        return evaluator.isContinuous(index) ? 0 : masks[index];
    }

    /** Every attribute's value, in the model's pre-order. */
    public Map<String, DexValue> values() {
        Map<String, DexValue> values = new LinkedHashMap<>();
        for (DexAttribute attribute : evaluator.model().attributes()) {
            values.put(attribute.id(), value(attribute.id()));
        }
        return values;
    }

    /** The value of the model's first root. */
    public DexValue root() {
        return value(evaluator.model().roots().get(0).id());
    }
}
