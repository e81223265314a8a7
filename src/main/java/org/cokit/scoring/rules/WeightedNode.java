package org.cokit.scoring.rules;

import java.util.List;
import java.util.Locale;

/**
 * How a weighted node combines its children ({@code from}, with {@code weights} in the same order for
 * {@link Aggregate#WEIGHTED}), and the bands of its score. Children without a score (nothing answered under them,
 * or not applicable) leave the denominator.
 */
public record WeightedNode(String attribute, List<String> from, Aggregate aggregate, double[] weights,
        Bands bands) {

    public WeightedNode {
        from = List.copyOf(from);
        weights = weights == null ? null : weights.clone();
        if (aggregate == Aggregate.WEIGHTED && (weights == null || weights.length != from.size())) {
            throw new IllegalArgumentException("node '" + attribute + "': one weight per child");
        }
    }

    /** How children's scores combine. */
    public enum Aggregate {
        /** The mean of the children's 0-100 scores. */
        MEAN,
        /** The children's points added up, placed between the fewest and the most they can add up to. */
        SUM,
        /** The weighted mean of the children's 0-100 scores. */
        WEIGHTED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
