package org.cokit.scoring.dex;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates alternatives on a {@link DexModel} bottom-up with DEX's set semantics: an aggregate attribute's value is
 * the union, over every combination of its inputs' possible values, of the rules those combinations select. A
 * single value per input is one table lookup; a set-valued input (uncertain, or missing and so the full range)
 * widens the result to a set.
 *
 * <p>The model is compiled once into flat arrays (slots in evaluation order, strides, rule masks), so an evaluation
 * allocates only its result. An instance is immutable and may be shared between threads.
 *
 * <p>Inputs: a missing basic attribute has every value of its scale. An explicitly {@linkplain DexValue#undefined()
 * undefined} input (DEXi's {@code undef}) is by default treated the same way, as the full range, because CoKit reads
 * "not known" as "could be anything" and still shows what the other answers imply; {@link UndefinedPolicy#PROPAGATE}
 * instead makes every attribute that depends on it undefined, as DEXiR does. The same policy applies to an undefined
 * rule of an incomplete table. A continuous input is a {@linkplain DexValue#number number}; missing, it discretises
 * to the union of all its parent's interval values.
 */
public final class DexEvaluator {

    /** What an undefined input or an undefined rule means. */
    public enum UndefinedPolicy {
        /** Every value of the scale (the default). */
        FULL_RANGE,
        /** Undefined: whatever depends on it is undefined too. */
        PROPAGATE
    }

    private static final int INPUT = 0;
    private static final int CONTINUOUS_INPUT = 1;
    private static final int TABLE = 2;
    private static final int DISCRETIZE = 3;
    private static final int LINK = 4;
    /** Marks a continuous slot as defined in the mask array, where discrete slots keep their ordinals. */
    private static final long DEFINED = -1L;

    private final DexModel model;
    private final Map<String, Integer> slotById;
    private final Node[] nodes;
    private final long[] startMasks;
    private final double[] startNumbers;
    /** The slot of each of the model's inputs, in the order of {@link DexModel#inputs()}. */
    private final int[] inputSlots;

    public DexEvaluator(DexModel model) {
        this.model = model;
        List<DexAttribute> order = model.postOrder();
        this.slotById = new HashMap<>(order.size() * 2);
        for (int slot = 0; slot < order.size(); slot++) {
            slotById.put(order.get(slot).id(), slot);
        }
        this.nodes = new Node[order.size()];
        this.startMasks = new long[order.size()];
        this.startNumbers = new double[order.size()];
        Arrays.fill(startNumbers, Double.NaN);
        for (int slot = 0; slot < order.size(); slot++) {
            nodes[slot] = compile(order.get(slot));
            startMasks[slot] = switch (nodes[slot].kind) {
                case INPUT -> nodes[slot].full;
                case CONTINUOUS_INPUT -> DEFINED;
                default -> 0;
            };
        }
        this.inputSlots = model.inputs().stream().mapToInt(a -> slotById.get(a.id())).toArray();
    }

    /** One attribute, reduced to what evaluating it needs. */
    private static final class Node {
        final DexAttribute attribute;
        final int kind;
        final long full;
        final int[] inputs;
        final int[] strides;
        /** Table rules, or a discretisation's value per interval; 0 where undefined. */
        final long[] rules;
        /** The same with undefined replaced by the full range. */
        final long[] rulesOrFull;
        final double[] bounds;
        final boolean[] boundDown;
        final long unknown;
        final long unknownOrFull;
        final int link;

        Node(DexAttribute attribute, int kind, int[] inputs, int[] strides, long[] rules, double[] bounds,
                boolean[] boundDown, int link) {
            this.attribute = attribute;
            this.kind = kind;
            this.full = attribute.scale().isDiscrete() ? attribute.scale().fullMask() : DEFINED;
            this.inputs = inputs;
            this.strides = strides;
            this.rules = rules;
            this.rulesOrFull = rules == null ? null : Arrays.stream(rules).map(r -> r == 0 ? full : r).toArray();
            this.bounds = bounds;
            this.boundDown = boundDown;
            long union = 0;
            boolean anyUndefined = false;
            if (kind == DISCRETIZE) {
                for (long value : rules) {
                    union |= value;
                    anyUndefined |= value == 0;
                }
            }
            this.unknown = anyUndefined ? 0 : union;
            this.unknownOrFull = anyUndefined ? full : union;
            this.link = link;
        }
    }

    private Node compile(DexAttribute attribute) {
        if (attribute.isLinked()) {
            return new Node(attribute, LINK, null, null, null, null, null, slotById.get(attribute.link()));
        }
        if (attribute.isBasic()) {
            int kind = attribute.scale().continuous() ? CONTINUOUS_INPUT : INPUT;
            return new Node(attribute, kind, null, null, null, null, null, -1);
        }
        int[] inputs = attribute.inputs().stream().mapToInt(a -> slotById.get(a.id())).toArray();
        if (attribute.aggregation() instanceof DexFunction table) {
            return new Node(attribute, TABLE, inputs, table.strides().clone(), table.ruleMasks().clone(), null,
                    null, -1);
        }
        DexDiscretization discretization = (DexDiscretization) attribute.aggregation();
        long full = attribute.scale().fullMask();
        long[] values = discretization.values().stream().mapToLong(v -> v.isAny() ? full : v.mask()).toArray();
        List<DexDiscretization.Bound> bounds = discretization.bounds();
        double[] boundValues = bounds.stream().mapToDouble(DexDiscretization.Bound::value).toArray();
        boolean[] down = new boolean[bounds.size()];
        for (int i = 0; i < down.length; i++) {
            down[i] = bounds.get(i).association() == DexDiscretization.Association.DOWN;
        }
        return new Node(attribute, DISCRETIZE, inputs, null, values, boundValues, down, -1);
    }

    public DexModel model() {
        return model;
    }

    /** Evaluates with undefined inputs read as the full range. */
    public DexEvaluation evaluate(Map<String, DexValue> inputs) {
        return evaluate(inputs, UndefinedPolicy.FULL_RANGE);
    }

    /**
     * Evaluates one alternative.
     *
     * @param inputs values of basic attributes by id ({@link DexModel#inputs()}); a missing one is the full range
     * @throws IllegalArgumentException for an id that is not an input of the model, or a value its scale cannot
     *                                  hold
     */
    public DexEvaluation evaluate(Map<String, DexValue> inputs, UndefinedPolicy policy) {
        boolean propagate = policy == UndefinedPolicy.PROPAGATE;
        long[] masks = startMasks.clone();
        double[] numbers = startNumbers.clone();
        for (Map.Entry<String, DexValue> input : inputs.entrySet()) {
            setInput(input.getKey(), input.getValue(), propagate, masks, numbers);
        }
        return run(masks, numbers, propagate);
    }

    /**
     * Evaluates one alternative whose discrete inputs are given by position: {@code inputMasks[i]} holds the
     * ordinals of the i-th attribute of {@link DexModel#inputs()} as a mask (bit i = ordinal i), 0 when the value
     * is not known (the full range). The fast path for callers that map answers to ordinals themselves: no map
     * and no {@link DexValue} per input. Continuous inputs cannot be given this way and count as unknown.
     *
     * @throws IllegalArgumentException when the array does not fit the model or a mask holds ordinals outside the
     *                                  input's scale
     */
    public DexEvaluation evaluate(long[] inputMasks) {
        if (inputMasks.length != inputSlots.length) {
            throw new IllegalArgumentException("the model has " + inputSlots.length + " inputs, not "
                    + inputMasks.length);
        }
        long[] masks = startMasks.clone();
        for (int i = 0; i < inputMasks.length; i++) {
            long mask = inputMasks[i];
            if (mask != 0) {
                int slot = inputSlots[i];
                Node node = nodes[slot];
                if (node.kind != INPUT || (mask & ~node.full) != 0) {
                    throw new IllegalArgumentException("attribute '" + node.attribute.id() + "' cannot take "
                            + DexValue.ofMask(mask));
                }
                masks[slot] = mask;
            }
        }
        return run(masks, startNumbers.clone(), false);
    }

    /** The position of an attribute's value in an evaluation, for {@link DexEvaluation#mask(int)}. */
    public int indexOf(String id) {
        return slotOf(id);
    }

    private DexEvaluation run(long[] masks, double[] numbers, boolean propagate) {
        for (int slot = 0; slot < nodes.length; slot++) {
            Node node = nodes[slot];
            switch (node.kind) {
                case TABLE -> masks[slot] = table(node, masks, propagate);
                case DISCRETIZE -> masks[slot] = discretize(node, masks, numbers, propagate);
                case LINK -> {
                    masks[slot] = masks[node.link];
                    numbers[slot] = numbers[node.link];
                }
                default -> {
                    // inputs were set above
                }
            }
        }
        return new DexEvaluation(this, masks, numbers);
    }

    private void setInput(String id, DexValue value, boolean propagate, long[] masks, double[] numbers) {
        Integer slot = slotById.get(id);
        if (slot == null) {
            throw new IllegalArgumentException("the model has no attribute '" + id + "'");
        }
        Node node = nodes[slot];
        if (node.kind != INPUT && node.kind != CONTINUOUS_INPUT) {
            throw new IllegalArgumentException("attribute '" + id + "' is not an input: "
                    + (node.kind == LINK ? "it takes the value of '" + node.attribute.link() + "'"
                            : "it is computed from its inputs"));
        }
        if (value == null) {
            throw new IllegalArgumentException("attribute '" + id + "' has a null value; leave it out instead");
        }
        if (value.isUndefined()) {
            masks[slot] = propagate ? 0 : node.full;
        } else if (node.kind == CONTINUOUS_INPUT) {
            if (!value.isNumber() && !value.isAny()) {
                throw new IllegalArgumentException("attribute '" + id + "' is continuous; its value must be a "
                        + "number, not " + value);
            }
            numbers[slot] = value.isNumber() ? value.number() : Double.NaN;
        } else {
            if (value.isNumber()) {
                throw new IllegalArgumentException("attribute '" + id + "' is discrete; its value must be scale "
                        + "ordinals, not the number " + value);
            }
            long mask = value.isAny() ? node.full : value.mask();
            if ((mask & ~node.full) != 0) {
                throw new IllegalArgumentException("attribute '" + id + "' has " + Long.bitCount(node.full)
                        + " values; " + value + " is outside them");
            }
            masks[slot] = mask;
        }
    }

    private static long table(Node node, long[] masks, boolean propagate) {
        int[] inputs = node.inputs;
        int index = 0;
        for (int i = 0; i < inputs.length; i++) {
            long mask = masks[inputs[i]];
            if (mask == 0) {
                return 0;
            }
            if ((mask & (mask - 1)) != 0) {
                return union(node, propagate ? node.rules : node.rulesOrFull, masks, 0, 0);
            }
            index += Long.numberOfTrailingZeros(mask) * node.strides[i];
        }
        return propagate ? node.rules[index] : node.rulesOrFull[index];
    }

    /** The union of the rules over every combination of the inputs from {@code depth} on; 0 if one is undefined. */
    private static long union(Node node, long[] rules, long[] masks, int depth, int base) {
        long mask = masks[node.inputs[depth]];
        int stride = node.strides[depth];
        boolean last = depth == node.inputs.length - 1;
        long result = 0;
        while (mask != 0) {
            int index = base + Long.numberOfTrailingZeros(mask) * stride;
            mask &= mask - 1;
            long value = last ? rules[index] : union(node, rules, masks, depth + 1, index);
            if (value == 0) {
                return 0;
            }
            result |= value;
        }
        return result;
    }

    private static long discretize(Node node, long[] masks, double[] numbers, boolean propagate) {
        int input = node.inputs[0];
        if (masks[input] == 0) {
            return 0;
        }
        double number = numbers[input];
        if (Double.isNaN(number)) {
            return propagate ? node.unknown : node.unknownOrFull;
        }
        int interval = node.bounds.length;
        for (int i = 0; i < node.bounds.length; i++) {
            if (number < node.bounds[i] || number == node.bounds[i] && node.boundDown[i]) {
                interval = i;
                break;
            }
        }
        return propagate ? node.rules[interval] : node.rulesOrFull[interval];
    }

    int slotOf(String id) {
        Integer slot = slotById.get(id);
        if (slot == null) {
            throw new IllegalArgumentException("the model has no attribute '" + id + "'");
        }
        return slot;
    }

    boolean isContinuous(int slot) {
        return nodes[slot].attribute.scale().continuous();
    }
}
