package org.cokit.tools.comaster;

import java.util.List;
import java.util.Map;

/**
 * The role gaps of an assessment: submitted participants per role, and per dimension the mean answer of each role
 * on the 1-5 agreement scale (null: no answer), the largest difference and whether it is more than one point.
 * Means and differences are rounded to two decimals.
 */
public record RoleGapView(long assessmentId, double threshold, Map<String, Integer> participants,
        List<Dimension> dimensions, long flagged) {

    public record Dimension(String id, Map<String, Double> means, Double difference, boolean flagged) {
    }

    static RoleGapView of(long assessmentId, RoleGapService.Report report) {
        Map<String, Integer> participants = new java.util.LinkedHashMap<>();
        report.questionnaire().participantRoles().forEach(r -> participants.put(r.id(),
                report.submissions().getOrDefault(r.id(), 0)));
        List<Dimension> dimensions = report.gaps().stream().map(g -> {
            Map<String, Double> means = new java.util.LinkedHashMap<>();
            g.means().forEach((role, mean) -> means.put(role, round(mean)));
            return new Dimension(g.dimension(), means, round(g.difference()), g.flagged());
        }).toList();
        return new RoleGapView(assessmentId, RoleGaps.THRESHOLD, participants, dimensions, report.flagged());
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
