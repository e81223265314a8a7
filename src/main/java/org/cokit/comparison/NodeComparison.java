package org.cokit.comparison;

/**
 * One node of a comparison: the organisation's own frozen level range and 0-100 score, and either the peer figures
 * or the reason they are withheld (exactly one of {@code peers} and {@code refused} is set).
 *
 * @param score the organisation's 0-100 score; null when the node had no value
 */
public record NodeComparison(String nodeId, int levelMin, int levelMax, Double score, PeerFigures peers,
        Refusal refused) {

    public boolean isRefused() {
        return refused != null;
    }
}
