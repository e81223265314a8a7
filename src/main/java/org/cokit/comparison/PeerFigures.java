package org.cokit.comparison;

/**
 * The peer group's figures for one node, over the 0-100 scores of its organisations' latest closed rounds.
 *
 * @param lowerQuartile  25th percentile, linear interpolation between the closest ranks (PostgreSQL's
 *                       {@code percentile_cont(0.25)}): with the n scores ascending, the value at position
 *                       {@code 0.25 * (n - 1)} counted from 0, interpolated between its neighbours
 * @param median         the same at {@code 0.5}
 * @param upperQuartile  the same at {@code 0.75}
 * @param percentileRank where the organisation's own score stands, 0-100:
 *                       {@code (peers scoring below + 0.5 * peers scoring the same) / n * 100}; the organisation's
 *                       own latest round is one of the peers. Null when the organisation's own score is missing
 * @param organisations  n, the organisations the figures stand for (never fewer than the minimum group size)
 */
public record PeerFigures(double lowerQuartile, double median, double upperQuartile, Double percentileRank,
        long organisations) {
}
