package org.cokit.scoring.rules;

/**
 * How the answers of an input's question become points: {@code points[entry]} per entry of the mapping (for a multi
 * question the picked options' points add up). The input's score is its points placed between the fewest and the
 * most it can get, 0-100; its level is the band of that score.
 */
public record WeightedInput(String attribute, AnswerMapping mapping, double[] points,
        Bands bands) {

    public WeightedInput {
        if (points.length != mapping.size()) {
            throw new IllegalArgumentException("input '" + attribute + "': one number of points per mapping entry");
        }
        points = points.clone();
    }

    /** The fewest points an answer can give. */
    public double minPoints() {
        double min = 0;
        if (mapping.kind() == AnswerMapping.Kind.MULTI) {
            for (double p : points) {
                min += Math.min(p, 0);
            }
            return min;
        }
        min = Double.POSITIVE_INFINITY;
        for (double p : points) {
            min = Math.min(min, p);
        }
        return min;
    }

    /** The most points an answer can give. */
    public double maxPoints() {
        double max = 0;
        if (mapping.kind() == AnswerMapping.Kind.MULTI) {
            for (double p : points) {
                max += Math.max(p, 0);
            }
            return max;
        }
        max = Double.NEGATIVE_INFINITY;
        for (double p : points) {
            max = Math.max(max, p);
        }
        return max;
    }
}
