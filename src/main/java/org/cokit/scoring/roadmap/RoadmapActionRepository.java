package org.cokit.scoring.roadmap;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.cokit.organisation.OrganisationOwnedRepository;

/** Adopted roadmap actions, always within one organisation. */
@ApplicationScoped
public class RoadmapActionRepository extends OrganisationOwnedRepository<RoadmapAction> {

    public RoadmapActionRepository() {
        super(RoadmapAction.class);
    }

    /** The organisation's actions of one tool (or all when null): unfinished first, by due date, then newest. */
    public List<RoadmapAction> list(long organisationId, String tool) {
        return list(organisationId, tool == null ? null : "e.tool = :tool",
                Sort.by("completedAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_FIRST)
                        .and("dueDate", Sort.NullPrecedence.NULLS_LAST).and("id", Sort.Direction.Descending),
                tool == null ? new Parameters() : Parameters.with("tool", tool));
    }
}
