package org.cokit.comparison;

import java.util.Optional;

/**
 * When peer figures may be shown. A group's figures are withheld when
 * <ol>
 * <li>it has fewer than the minimum number of organisations ({@link Refusal#TOO_FEW_ORGANISATIONS}), or</li>
 * <li>another group offered to the same organisation contains it and is larger by at least one but fewer than the
 * minimum number of organisations ({@link Refusal#OVERLAPPING_GROUP}). Without this, "all" with 20 organisations next
 * to "country" with 19 would show how the one organisation outside the country moves the figures.</li>
 * </ol>
 * Every group that contains one of the asking organisation's groups contains the asking organisation, and is
 * therefore itself one of its groups; so checking the five offered groups against each other covers every pair of
 * nested groups any organisation could be shown. The rule applies to whole groups (organisations with a closed
 * round) and again to each node (organisations with a score for that node).
 */
public final class DisclosureRule {

    private DisclosureRule() {
    }

    public static Optional<Refusal> check(PeerCounts counts, PeerGroup group, int minimum) {
        long size = counts.size(group);
        if (size < minimum) {
            return Optional.of(Refusal.TOO_FEW_ORGANISATIONS);
        }
        for (PeerGroup other : PeerGroup.values()) {
            long difference = counts.size(other) - size;
            if (other != group && counts.contains(other, group) && difference > 0 && difference < minimum) {
                return Optional.of(Refusal.OVERLAPPING_GROUP);
            }
        }
        return Optional.empty();
    }
}
