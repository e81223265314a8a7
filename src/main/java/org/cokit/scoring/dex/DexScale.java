package org.cokit.scoring.dex;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The value scale of a DEX attribute: named discrete values (worst first unless the order says otherwise, each
 * optionally in the BAD or GOOD group), or a continuous range for a basic attribute that its parent discretises.
 * {@code low} and {@code high} bound a continuous scale for display (infinite when open) and are unused otherwise.
 */
public record DexScale(Order order, List<Value> values, boolean continuous, double low, double high) {

    /** Scales are evaluated as 64-bit masks; DEXi scales rarely have more than 5 values. */
    public static final int MAX_VALUES = 64;

    /** How the values are ordered by preference. */
    public enum Order { ASCENDING, DESCENDING, NONE }

    /** A value's quality, used to colour results and to pick weak or strong points. */
    public enum Group { BAD, NEUTRAL, GOOD }

    /** One value of a discrete scale. */
    public record Value(String name, String description, Group group) {

        public Value {
            Objects.requireNonNull(name, "a scale value needs a name");
            description = description == null ? "" : description;
            group = group == null ? Group.NEUTRAL : group;
        }

        public static Value of(String name) {
            return new Value(name, "", Group.NEUTRAL);
        }
    }

    public DexScale {
        order = order == null ? Order.ASCENDING : order;
        values = values == null ? List.of() : List.copyOf(values);
        if (continuous) {
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("a continuous scale has no named values");
            }
            if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
                throw new IllegalArgumentException("a continuous scale needs low <= high, not " + low + ".." + high);
            }
        } else if (values.isEmpty() || values.size() > MAX_VALUES) {
            throw new IllegalArgumentException(
                    "a discrete scale has 1 to " + MAX_VALUES + " values, not " + values.size());
        }
    }

    public static DexScale discrete(Order order, List<Value> values) {
        return new DexScale(order, values, false, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** An ascending scale of plain values, worst first. */
    public static DexScale of(String... names) {
        return discrete(Order.ASCENDING, Arrays.stream(names).map(Value::of).toList());
    }

    public static DexScale continuous(double low, double high) {
        return new DexScale(Order.ASCENDING, List.of(), true, low, high);
    }

    public static DexScale unboundedContinuous() {
        return continuous(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    public boolean isDiscrete() {
        return !continuous;
    }

    /** The number of discrete values; 0 for a continuous scale. */
    public int size() {
        return values.size();
    }

    /** Every value of the discrete scale as a mask. */
    public long fullMask() {
        if (continuous) {
            throw new IllegalStateException("a continuous scale has no discrete values");
        }
        return DexValue.fullMask(values.size());
    }

    public String label(int ordinal) {
        return values.get(ordinal).name();
    }

    public Group group(int ordinal) {
        return values.get(ordinal).group();
    }

    /** The ordinal of the value with this name, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Positive when value {@code a} is preferred to {@code b}, negative when worse, 0 when equal or unordered. */
    public int compare(int a, int b) {
        return switch (order) {
            case ASCENDING -> Integer.compare(a, b);
            case DESCENDING -> Integer.compare(b, a);
            case NONE -> 0;
        };
    }

    /** Same kind, order and value names: what DEXi requires of attributes it links. */
    public boolean sameValuesAs(DexScale other) {
        return continuous == other.continuous && order == other.order
                && values.stream().map(Value::name).toList().equals(other.values.stream().map(Value::name).toList());
    }
}
