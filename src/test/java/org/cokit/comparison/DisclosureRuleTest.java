package org.cokit.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rule that decides which peer figures may be shown, on hand-made counts. */
class DisclosureRuleTest {

    /** Counts with groups all, country, level, sector, size and the pairs country&level ... sector&size. */
    private static PeerCounts counts(long all, long country, long level, long sector, long size, long countryLevel) {
        long[][] shared = new long[5][5];
        shared[1][2] = countryLevel;
        return new PeerCounts(new long[] {all, country, level, sector, size}, shared);
    }

    @Test
    void aGroupBelowTheMinimumIsTooSmall() {
        PeerCounts counts = counts(4, 4, 4, 4, 4, 4);
        assertEquals(Optional.of(Refusal.TOO_FEW_ORGANISATIONS), DisclosureRule.check(counts, PeerGroup.ALL, 5));
        assertEquals(Optional.empty(), DisclosureRule.check(counts, PeerGroup.ALL, 4));
    }

    @Test
    void aGroupInsideALargerOneByLessThanTheMinimumIsWithheld() {
        PeerCounts counts = counts(20, 16, 10, 20, 5, 1);
        assertEquals(Optional.of(Refusal.OVERLAPPING_GROUP), DisclosureRule.check(counts, PeerGroup.COUNTRY, 5));
        assertEquals(Optional.empty(), DisclosureRule.check(counts, PeerGroup.ALL, 5), "the largest group shows");
        assertEquals(Optional.empty(), DisclosureRule.check(counts, PeerGroup.LEVEL, 5), "10 fewer than all");
        assertEquals(Optional.empty(), DisclosureRule.check(counts, PeerGroup.SECTOR, 5), "the same as all");
        assertEquals(Optional.empty(), DisclosureRule.check(counts, PeerGroup.SIZE, 5), "15 fewer than all");
    }

    @Test
    void containmentBetweenTwoCharacteristicGroupsCountsToo() {
        // level (8) lies wholly inside country (10): two organisations apart
        PeerCounts inside = counts(30, 10, 8, 30, 30, 8);
        assertEquals(Optional.of(Refusal.OVERLAPPING_GROUP), DisclosureRule.check(inside, PeerGroup.LEVEL, 5));
        assertEquals(Optional.empty(), DisclosureRule.check(inside, PeerGroup.COUNTRY, 5));
        // the same sizes, but one organisation of level lies outside country: not nested, nothing to subtract
        PeerCounts apart = counts(30, 10, 8, 30, 30, 7);
        assertEquals(Optional.empty(), DisclosureRule.check(apart, PeerGroup.LEVEL, 5));
    }

    @Test
    void thePercentileRankCountsTiesHalf() {
        assertEquals(50.0, ComparisonService.percentileRank(0, 10, 10));
        assertEquals(100.0 / 3, ComparisonService.percentileRank(1, 0, 3), 1e-12);
        assertEquals(5.0, ComparisonService.percentileRank(0, 1, 10));
    }
}
