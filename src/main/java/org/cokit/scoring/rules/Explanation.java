package org.cokit.scoring.rules;

import java.util.List;

/**
 * Why a result is what it is. {@code weakNodes}: the nodes that are weak (bad group or lowest band), from the root
 * down, each with the answers under it that are weak themselves and so drove it there. {@code raise} and
 * {@code lower}: the ±1 analysis, each answered input moved one step up or down its scale on its own, listing the
 * single changes that would raise the root (best first) and those that would lower it (worst first).
 */
public record Explanation(List<WeakNode> weakNodes, List<Change> raise, List<Change> lower) {

    public Explanation {
        weakNodes = List.copyOf(weakNodes);
        raise = List.copyOf(raise);
        lower = List.copyOf(lower);
    }

    /** A weak node and the weak answers under it. */
    public record WeakNode(NodeResult node, List<Driver> drivers) {

        public WeakNode {
            drivers = List.copyOf(drivers);
        }
    }

    /** An input whose answer pulls a node down: the input's value and the stored answer. */
    public record Driver(NodeResult input, String answer) {
    }

    /**
     * One step of one input: its value and answer now, after the step (the answer that gives it, or null when no
     * answer maps exactly onto it), and the root after the step.
     */
    public record Change(NodeResult input, String answer, NodeResult inputAfter, String answerAfter,
            NodeResult rootBefore, NodeResult rootAfter) {

        /** How much the root's score moves. */
        public double gain() {
            return rootAfter.score() - rootBefore.score();
        }

        /** Whether the root's value changes, not only its score within the same value. */
        public boolean changesLevel() {
            return rootAfter.levelMin() != rootBefore.levelMin() || rootAfter.levelMax() != rootBefore.levelMax();
        }
    }
}
