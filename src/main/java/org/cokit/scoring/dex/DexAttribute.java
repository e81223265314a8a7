package org.cokit.scoring.dex;

import java.util.List;
import java.util.Objects;

/**
 * One attribute of a DEX model. A basic attribute has no inputs and takes its value from the alternative; an
 * aggregate attribute computes its value from its ordered inputs with a decision table or a discretisation; a
 * linked attribute (DEXi's LINKING) is a basic attribute that always has the value of the attribute {@code link}
 * names. Names need not be unique, ids must be unique within a model.
 */
public record DexAttribute(String id, String name, String description, DexScale scale, List<DexAttribute> inputs,
        DexAggregation aggregation, String link) {

    public DexAttribute {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an attribute needs an id");
        }
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        Objects.requireNonNull(scale, () -> "attribute '" + id + "' needs a scale");
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        if (link != null && (link.isBlank() || !inputs.isEmpty() || aggregation != null)) {
            throw new IllegalArgumentException("attribute '" + id + "': only a basic attribute can be linked");
        }
        if (aggregation == null && !inputs.isEmpty()) {
            throw new IllegalArgumentException("attribute '" + id + "' has inputs but no function");
        }
        if (aggregation != null) {
            checkAggregation(id, scale, inputs, aggregation);
        }
    }

    private static void checkAggregation(String id, DexScale scale, List<DexAttribute> inputs,
            DexAggregation aggregation) {
        String prefix = "attribute '" + id + "': ";
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException(prefix + "a function needs inputs");
        }
        if (scale.continuous()) {
            throw new IllegalArgumentException(prefix + "only basic attributes may have a continuous scale");
        }
        if (aggregation instanceof DexFunction table) {
            if (table.outputSize() != scale.size()) {
                throw new IllegalArgumentException(prefix + "the table gives values of a " + table.outputSize()
                        + "-value scale but the attribute's scale has " + scale.size());
            }
            if (table.inputCount() != inputs.size()) {
                throw new IllegalArgumentException(prefix + "the table has " + table.inputCount()
                        + " inputs but the attribute has " + inputs.size());
            }
            for (int i = 0; i < inputs.size(); i++) {
                DexScale in = inputs.get(i).scale();
                if (in.continuous()) {
                    throw new IllegalArgumentException(prefix + "input '" + inputs.get(i).id()
                            + "' is continuous; a continuous input needs a discretisation, not a table");
                }
                if (in.size() != table.inputSizes().get(i)) {
                    throw new IllegalArgumentException(prefix + "input '" + inputs.get(i).id() + "' has "
                            + in.size() + " values but the table expects " + table.inputSizes().get(i));
                }
            }
        } else if (aggregation instanceof DexDiscretization discretization) {
            if (inputs.size() != 1 || inputs.get(0).scale().isDiscrete()) {
                throw new IllegalArgumentException(prefix + "a discretisation needs exactly one continuous input");
            }
            long full = scale.fullMask();
            for (DexValue value : discretization.values()) {
                if (!value.isAny() && (value.mask() & ~full) != 0) {
                    throw new IllegalArgumentException(prefix + "the discretisation gives " + value
                            + ", outside the " + scale.size() + " values of the scale");
                }
            }
        }
    }

    public static DexAttribute basic(String id, String name, DexScale scale) {
        return new DexAttribute(id, name, "", scale, List.of(), null, null);
    }

    public static DexAttribute aggregate(String id, String name, DexScale scale, DexAggregation aggregation,
            List<DexAttribute> inputs) {
        return new DexAttribute(id, name, "", scale, inputs, aggregation, null);
    }

    /** A basic attribute that always takes the value of the attribute with id {@code link}. */
    public static DexAttribute linked(String id, String name, DexScale scale, String link) {
        return new DexAttribute(id, name, "", scale, List.of(), null, link);
    }

    public boolean isBasic() {
        return inputs.isEmpty();
    }

    public boolean isAggregate() {
        return !inputs.isEmpty();
    }

    public boolean isLinked() {
        return link != null;
    }

    /** Short, because the default would print the whole subtree. */
    @Override
    public String toString() {
        return "DexAttribute[" + id + (inputs.isEmpty() ? "" : " <- " + inputs.stream().map(DexAttribute::id)
                .toList()) + (link == null ? "" : " = " + link) + "]";
    }
}
