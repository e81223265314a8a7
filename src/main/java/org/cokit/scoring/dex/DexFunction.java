package org.cokit.scoring.dex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * A DEX decision table: one rule for each combination of the inputs' values, giving a set of output ordinals
 * (usually one value, or an interval low..high where the expert left a choice). Rules are in mixed-radix order with
 * the first input most significant, as in DEXi's LOW string: {@code index = ((v1·d2 + v2)·d3 + v3)·… + vn}.
 */
public final class DexFunction implements DexAggregation {

    /** Far beyond any usable table, small enough that a hostile file cannot make us allocate gigabytes. */
    public static final int MAX_RULES = 1 << 20;

    private final int[] inputSizes;
    private final int[] strides;
    private final int outputSize;
    /** Output ordinals per rule as masks, "any" resolved to the full scale; 0 for an undefined rule. */
    private final long[] rules;
    private final BitSet entered;

    /**
     * @param rules one value per rule in index order: ordinals of the output scale, {@link DexValue#any()} or
     *              {@link DexValue#undefined()}
     * @param entered which rules the expert entered (DEXi derives the others from weights); null means all
     */
    public DexFunction(List<Integer> inputSizes, int outputSize, List<DexValue> rules, BitSet entered) {
        this.inputSizes = inputSizes.stream().mapToInt(Integer::intValue).toArray();
        int count = ruleCount(inputSizes);
        long full = DexValue.fullMask(outputSize);
        this.outputSize = outputSize;
        this.strides = new int[this.inputSizes.length];
        int stride = 1;
        for (int i = this.inputSizes.length - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= this.inputSizes[i];
        }
        if (rules.size() != count) {
            throw new IllegalArgumentException("the table has " + rules.size() + " rules, expected " + count + " ("
                    + sizesText(inputSizes) + ")");
        }
        this.rules = new long[count];
        for (int r = 0; r < count; r++) {
            DexValue rule = rules.get(r);
            if (rule.isNumber()) {
                throw new IllegalArgumentException("rule " + r + " is the number " + rule + ", not a scale value");
            }
            long mask = rule.isAny() ? full : rule.mask();
            if ((mask & ~full) != 0) {
                throw new IllegalArgumentException("rule " + r + " has the value " + rule
                        + ", outside the " + outputSize + " values of the output scale");
            }
            this.rules[r] = mask;
        }
        BitSet all = new BitSet(count);
        all.set(0, count);
        this.entered = entered == null ? all : (BitSet) entered.clone();
        this.entered.and(all);
    }

    /** A table from DEXi's LOW and HIGH strings already decoded to ordinals; {@code high} may be null. */
    public static DexFunction ofIntervals(List<Integer> inputSizes, int outputSize, int[] low, int[] high,
            BitSet entered) {
        if (high != null && high.length != low.length) {
            throw new IllegalArgumentException("HIGH has " + high.length + " rules but LOW has " + low.length);
        }
        List<DexValue> rules = new ArrayList<>(low.length);
        for (int r = 0; r < low.length; r++) {
            int top = high == null ? low[r] : high[r];
            if (top < low[r]) {
                throw new IllegalArgumentException("rule " + r + " has HIGH " + top + " below LOW " + low[r]);
            }
            rules.add(DexValue.interval(low[r], top));
        }
        return new DexFunction(inputSizes, outputSize, rules, entered);
    }

    /** A table whose rules are all undefined, for an aggregate attribute the expert has not filled in yet. */
    public static DexFunction undefined(List<Integer> inputSizes, int outputSize) {
        return new DexFunction(inputSizes, outputSize,
                Collections.nCopies(ruleCount(inputSizes), DexValue.undefined()), new BitSet());
    }

    /** The number of rules of a table over inputs of these sizes; refuses tables above {@link #MAX_RULES}. */
    public static int ruleCount(List<Integer> inputSizes) {
        if (inputSizes.isEmpty()) {
            throw new IllegalArgumentException("a decision table needs at least one input");
        }
        long count = 1;
        for (int size : inputSizes) {
            if (size < 1 || size > DexScale.MAX_VALUES) {
                throw new IllegalArgumentException("an input scale has 1 to " + DexScale.MAX_VALUES
                        + " values, not " + size);
            }
            count *= size;
            if (count > MAX_RULES) {
                throw new IllegalArgumentException("a table over " + sizesText(inputSizes) + " inputs has more than "
                        + MAX_RULES + " rules");
            }
        }
        return (int) count;
    }

    private static String sizesText(List<Integer> inputSizes) {
        return String.join("×", inputSizes.stream().map(String::valueOf).toList());
    }

    public int inputCount() {
        return inputSizes.length;
    }

    public List<Integer> inputSizes() {
        return Arrays.stream(inputSizes).boxed().toList();
    }

    public int outputSize() {
        return outputSize;
    }

    public int ruleCount() {
        return rules.length;
    }

    /** How far apart in the table two rules are that differ by one in this input's value. */
    public int stride(int input) {
        return strides[input];
    }

    /** The rule index of one combination of input ordinals (first input most significant). */
    public int index(int... ordinals) {
        if (ordinals.length != inputSizes.length) {
            throw new IllegalArgumentException("the table has " + inputSizes.length + " inputs, not "
                    + ordinals.length);
        }
        int index = 0;
        for (int i = 0; i < ordinals.length; i++) {
            if (ordinals[i] < 0 || ordinals[i] >= inputSizes[i]) {
                throw new IllegalArgumentException("input " + (i + 1) + " has " + inputSizes[i]
                        + " values; " + ordinals[i] + " is outside them");
            }
            index += ordinals[i] * strides[i];
        }
        return index;
    }

    /** The output of one rule, by index. */
    public DexValue rule(int index) {
        long mask = rules[index];
        return mask == 0 ? DexValue.undefined() : DexValue.ofMask(mask);
    }

    /** The output for one combination of input ordinals. */
    public DexValue lookup(int... ordinals) {
        return rule(index(ordinals));
    }

    public boolean isEntered(int index) {
        return entered.get(index);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DexFunction f && f.outputSize == outputSize
                && Arrays.equals(f.inputSizes, inputSizes) && Arrays.equals(f.rules, rules)
                && f.entered.equals(entered);
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(inputSizes) * 31 + outputSize) * 31 + Arrays.hashCode(rules);
    }

    @Override
    public String toString() {
        return "DexFunction[" + inputSizes() + " -> " + outputSize + ", " + rules.length + " rules]";
    }

    /** The rule masks themselves, for the evaluator to copy; not to be changed. */
    long[] ruleMasks() {
        return rules;
    }

    int[] strides() {
        return strides;
    }
}
