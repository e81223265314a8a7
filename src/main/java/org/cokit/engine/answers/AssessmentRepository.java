package org.cokit.engine.answers;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.cokit.organisation.OrganisationOwnedRepository;

/** Assessments, always within one organisation. */
@ApplicationScoped
public class AssessmentRepository extends OrganisationOwnedRepository<Assessment> {

    public AssessmentRepository() {
        super(Assessment.class);
    }

    /** The organisation's assessments, newest first, optionally of one tool and status. */
    public List<Assessment> list(long organisationId, String tool, AssessmentStatus status) {
        StringBuilder condition = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (tool != null) {
            condition.append(" and e.tool = :tool");
            parameters = parameters.and("tool", tool);
        }
        if (status != null) {
            condition.append(" and e.status = :status");
            parameters = parameters.and("status", status);
        }
        return list(organisationId, condition.toString(), Sort.by("createdAt").descending().and("id").descending(),
                parameters);
    }
}
