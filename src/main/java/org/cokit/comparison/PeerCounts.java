package org.cokit.comparison;

/**
 * How many organisations each peer group of the asking organisation holds, and how many each two groups share, so
 * that {@link DisclosureRule} can tell when one group lies inside another.
 */
public final class PeerCounts {

    private final long[][] shared;

    /**
     * @param sizes  organisations per group, indexed by {@link PeerGroup#ordinal()}
     * @param shared organisations in both groups of a pair of characteristic groups (not {@link PeerGroup#ALL}),
     *               indexed by ordinal; only entries {@code [g][h]} with {@code g < h} are read
     */
    public PeerCounts(long[] sizes, long[][] shared) {
        int n = PeerGroup.values().length;
        this.shared = new long[n][n];
        for (int g = 0; g < n; g++) {
            for (int h = 0; h < n; h++) {
                long both;
                if (g == h) {
                    both = sizes[g];
                } else if (g == 0 || h == 0) {
                    both = sizes[g == 0 ? h : g];
                } else {
                    both = shared[Math.min(g, h)][Math.max(g, h)];
                }
                this.shared[g][h] = both;
            }
        }
    }

    public long size(PeerGroup group) {
        return shared[group.ordinal()][group.ordinal()];
    }

    /** Organisations in both groups. */
    public long inBoth(PeerGroup a, PeerGroup b) {
        return shared[a.ordinal()][b.ordinal()];
    }

    /** Whether every organisation of {@code inner} is also in {@code outer}. */
    public boolean contains(PeerGroup outer, PeerGroup inner) {
        return inBoth(outer, inner) == size(inner);
    }
}
