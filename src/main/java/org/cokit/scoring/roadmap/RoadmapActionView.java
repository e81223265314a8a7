package org.cokit.scoring.roadmap;

import java.time.Instant;
import java.time.LocalDate;

/** An adopted roadmap action as the API shows it. */
public record RoadmapActionView(long id, long assessment, String tool, String actionId, String title, String owner,
        String status, LocalDate due, Instant createdAt, Instant completedAt, long version) {

    public static RoadmapActionView of(RoadmapAction a) {
        return new RoadmapActionView(a.id, a.assessment.id, a.tool, a.actionId, a.title, a.owner, a.status.id(),
                a.dueDate, a.createdAt, a.completedAt, a.version);
    }
}
