package org.cokit.comparison;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A comparison as the API shows it. A withheld group carries only {@code refused} and {@code message}: no count,
 * no node.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComparisonView(long assessmentId, String tool, String group, int minGroupSize, String refused,
        String message, List<NodeView> nodes) {

    static final String TOO_FEW_MESSAGE = "not enough organisations to compare";
    static final String OVERLAP_MESSAGE = "this group differs from a larger one by too few organisations to compare"
            + " without revealing theirs";

    /**
     * One node: the organisation's own score and level range, and the peer median, quartiles (of 0-100 scores),
     * percentile rank and n; or only {@code refused} and {@code message} in place of the peer figures.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NodeView(String nodeId, Double score, int levelMin, int levelMax, Double median,
            Double lowerQuartile, Double upperQuartile, Double percentile, Long n, String refused, String message) {

        static NodeView of(NodeComparison node) {
            PeerFigures peers = node.peers();
            if (peers == null) {
                return new NodeView(node.nodeId(), node.score(), node.levelMin(), node.levelMax(), null, null, null,
                        null, null, node.refused().code(), ComparisonView.message(node.refused()));
            }
            return new NodeView(node.nodeId(), node.score(), node.levelMin(), node.levelMax(), peers.median(),
                    peers.lowerQuartile(), peers.upperQuartile(), peers.percentileRank(), peers.organisations(), null,
                    null);
        }
    }

    public static ComparisonView of(Comparison comparison) {
        if (comparison.isRefused()) {
            return new ComparisonView(comparison.assessmentId(), comparison.tool(), comparison.group().id(),
                    comparison.minGroupSize(), comparison.refused().code(), message(comparison.refused()), null);
        }
        return new ComparisonView(comparison.assessmentId(), comparison.tool(), comparison.group().id(),
                comparison.minGroupSize(), null, null, comparison.nodes().stream().map(NodeView::of).toList());
    }

    static String message(Refusal refusal) {
        return refusal == Refusal.TOO_FEW_ORGANISATIONS ? TOO_FEW_MESSAGE : OVERLAP_MESSAGE;
    }
}
