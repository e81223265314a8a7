package org.cokit.scoring.dex;

import java.util.Arrays;
import java.util.StringJoiner;

/**
 * The value of a DEX attribute: a non-empty set of ordinals of its discrete scale (one value, an interval or any
 * set), a number on a continuous scale, "any" (the full range, resolved against the scale when used) or undefined.
 * Ordinals are zero-based, worst first on an ascending scale, and held as a 64-bit mask.
 */
public final class DexValue {

    private static final long ANY_MASK = -1L;
    private static final DexValue ANY = new DexValue(ANY_MASK, Double.NaN);
    private static final DexValue UNDEFINED = new DexValue(0L, Double.NaN);

    private final long mask;
    private final double number;

    private DexValue(long mask, double number) {
        this.mask = mask;
        this.number = number;
    }

    public static DexValue single(int ordinal) {
        return new DexValue(bit(ordinal), Double.NaN);
    }

    /** The ordinals {@code low..high}, both included. */
    public static DexValue interval(int low, int high) {
        if (low > high) {
            throw new IllegalArgumentException("interval " + low + ":" + high + " has its low end above its high");
        }
        return new DexValue(rangeMask(low, high), Double.NaN);
    }

    public static DexValue set(int... ordinals) {
        if (ordinals.length == 0) {
            throw new IllegalArgumentException("a set of values must not be empty");
        }
        long mask = 0;
        for (int ordinal : ordinals) {
            mask |= bit(ordinal);
        }
        return new DexValue(mask, Double.NaN);
    }

    /** The ordinals whose bits are set in {@code mask}; bit 0 is ordinal 0. */
    public static DexValue ofMask(long mask) {
        if (mask == 0) {
            throw new IllegalArgumentException("a set of values must not be empty; use undefined() for no value");
        }
        return new DexValue(mask, Double.NaN);
    }

    /** Any value of the scale ({@code *}): the full range once resolved against a scale. */
    public static DexValue any() {
        return ANY;
    }

    /** No value at all ({@code undef}); see {@link DexEvaluator.UndefinedPolicy} for how evaluation treats it. */
    public static DexValue undefined() {
        return UNDEFINED;
    }

    /** A point on a continuous scale. */
    public static DexValue number(double number) {
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException("a continuous value must be a finite number, not " + number);
        }
        return new DexValue(0L, number);
    }

    /** The ordinals {@code 0..size-1}, every value of a discrete scale of that size. */
    public static long fullMask(int size) {
        if (size < 1 || size > DexScale.MAX_VALUES) {
            throw new IllegalArgumentException("a scale has 1 to " + DexScale.MAX_VALUES + " values, not " + size);
        }
        return size == 64 ? ANY_MASK : (1L << size) - 1;
    }

    static long bit(int ordinal) {
        if (ordinal < 0 || ordinal >= DexScale.MAX_VALUES) {
            throw new IllegalArgumentException("ordinal " + ordinal + " is outside 0.." + (DexScale.MAX_VALUES - 1));
        }
        return 1L << ordinal;
    }

    static long rangeMask(int low, int high) {
        bit(low);
        bit(high);
        long upTo = high == 63 ? ANY_MASK : (1L << (high + 1)) - 1;
        return upTo & ~((1L << low) - 1);
    }

    public boolean isUndefined() {
        return mask == 0 && Double.isNaN(number);
    }

    public boolean isNumber() {
        return !Double.isNaN(number);
    }

    /** True for the unresolved "any value" and for a full 64-value set, which are the same thing. */
    public boolean isAny() {
        return mask == ANY_MASK;
    }

    /** True for a set of ordinals (including "any"), false for a number or undefined. */
    public boolean isDiscrete() {
        return mask != 0;
    }

    public boolean isSingle() {
        return mask != 0 && (mask & (mask - 1)) == 0;
    }

    /** The ordinals as a bit mask (bit i = ordinal i); 0 for a number or undefined. */
    public long mask() {
        return mask;
    }

    /** The number of a continuous value; throws for any other kind. */
    public double number() {
        if (!isNumber()) {
            throw new IllegalStateException(this + " is not a number");
        }
        return number;
    }

    /** How many ordinals the value holds. */
    public int count() {
        return Long.bitCount(mask);
    }

    public boolean contains(int ordinal) {
        return ordinal >= 0 && ordinal < 64 && (mask & (1L << ordinal)) != 0;
    }

    /** The lowest ordinal; throws when the value holds none. */
    public int low() {
        requireOrdinals();
        return Long.numberOfTrailingZeros(mask);
    }

    /** The highest ordinal; throws when the value holds none. */
    public int high() {
        requireOrdinals();
        return 63 - Long.numberOfLeadingZeros(mask);
    }

    /** The single ordinal; throws when the value holds several or none. */
    public int ordinal() {
        if (!isSingle()) {
            throw new IllegalStateException(this + " is not a single value");
        }
        return Long.numberOfTrailingZeros(mask);
    }

    /** The ordinals in ascending order. */
    public int[] ordinals() {
        int[] ordinals = new int[count()];
        long rest = mask;
        for (int i = 0; rest != 0; i++) {
            ordinals[i] = Long.numberOfTrailingZeros(rest);
            rest &= rest - 1;
        }
        return ordinals;
    }

    /** True when the ordinals have no gap, e.g. {@code 1:3}. */
    public boolean isInterval() {
        return mask != 0 && count() == high() - low() + 1;
    }

    private void requireOrdinals() {
        if (mask == 0) {
            throw new IllegalStateException(this + " holds no ordinals");
        }
    }

    /** The DEXi value syntax: {@code 2}, {@code 1:3}, {@code {0;2;3}}, {@code *}, {@code undef} or a number. */
    @Override
    public String toString() {
        if (isNumber()) {
            return Double.toString(number);
        }
        if (mask == 0) {
            return "undef";
        }
        if (mask == ANY_MASK) {
            return "*";
        }
        if (isSingle()) {
            return Integer.toString(low());
        }
        if (isInterval()) {
            return low() + ":" + high();
        }
        StringJoiner set = new StringJoiner(";", "{", "}");
        Arrays.stream(ordinals()).forEach(o -> set.add(Integer.toString(o)));
        return set.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DexValue v && v.mask == mask && Double.compare(v.number, number) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(mask) * 31 + Double.hashCode(number);
    }
}
