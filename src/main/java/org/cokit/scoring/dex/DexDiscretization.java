package org.cokit.scoring.dex;

import java.util.List;

/**
 * Maps a continuous input to a value of the attribute's discrete scale: n intervals separated by n−1 ascending
 * bounds. A bound associated {@link Association#DOWN} belongs to the interval below it, {@link Association#UP} to
 * the one above: with bound 0 Down, the number 0 falls in the lower interval, with 0 Up in the upper one.
 */
public record DexDiscretization(List<DexValue> values, List<Bound> bounds) implements DexAggregation {

    /** Which interval a bound value itself belongs to. */
    public enum Association { DOWN, UP }

    /** One bound between two intervals. */
    public record Bound(double value, Association association) {

        public Bound {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a bound must be a finite number, not " + value);
            }
            if (association == null) {
                throw new IllegalArgumentException("a bound needs an association, Down or Up");
            }
        }
    }

    public DexDiscretization {
        values = List.copyOf(values);
        bounds = List.copyOf(bounds);
        if (values.size() != bounds.size() + 1) {
            throw new IllegalArgumentException("a discretisation with " + bounds.size() + " bounds needs "
                    + (bounds.size() + 1) + " values, not " + values.size());
        }
        for (DexValue value : values) {
            if (value.isNumber()) {
                throw new IllegalArgumentException("an interval's value is a scale value, not the number " + value);
            }
        }
        for (int i = 1; i < bounds.size(); i++) {
            if (bounds.get(i).value() < bounds.get(i - 1).value()) {
                throw new IllegalArgumentException("bounds must ascend; " + bounds.get(i).value() + " follows "
                        + bounds.get(i - 1).value());
            }
        }
    }

    /** The zero-based interval the number falls in. */
    public int intervalOf(double number) {
        for (int i = 0; i < bounds.size(); i++) {
            Bound bound = bounds.get(i);
            if (number < bound.value() || number == bound.value() && bound.association() == Association.DOWN) {
                return i;
            }
        }
        return bounds.size();
    }

    /** The value the number is discretised to. */
    public DexValue valueOf(double number) {
        return values.get(intervalOf(number));
    }
}
