package org.cokit.comparison;

import java.util.List;

/**
 * A closed assessment's result next to its peers': per non-input node, the organisation's own frozen figure and the
 * peer group's quartiles and percentile rank.
 *
 * @param minGroupSize the fewest organisations a figure may stand for ({@code cokit.comparison.min-group-size})
 * @param refused      why the whole group is withheld, or null when it is shown; then {@code nodes} is empty
 * @param nodes        every non-input node of the frozen result, in the rule set's order
 */
public record Comparison(long assessmentId, String tool, PeerGroup group, int minGroupSize, Refusal refused,
        List<NodeComparison> nodes) {

    public boolean isRefused() {
        return refused != null;
    }
}
