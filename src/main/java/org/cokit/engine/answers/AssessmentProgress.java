package org.cokit.engine.answers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cokit.engine.ToolStep.StepStatus;

/**
 * Where an organisation stands with one tool, counted from its assessments; shared by every tool's step. It
 * returns counts only, never an assessment, for the organisation id its caller takes from the signed-in member.
 */
@ApplicationScoped
public class AssessmentProgress {

    /** In progress while a round is prepared or open; done once one is closed and none runs; else not started. */
    @Transactional
    public StepStatus statusOf(long organisationId, String tool) {
        if (Assessment.count("organisation.id = ?1 and tool = ?2 and status <> ?3", organisationId, tool,
                AssessmentStatus.CLOSED) > 0) {
            return StepStatus.IN_PROGRESS;
        }
        return Assessment.count("organisation.id = ?1 and tool = ?2", organisationId, tool) == 0
                ? StepStatus.NOT_STARTED : StepStatus.DONE;
    }

    /** Whether the organisation has an assessment of this tool open for answers. */
    @Transactional
    public boolean hasOpen(long organisationId, String tool) {
        return Assessment.count("organisation.id = ?1 and tool = ?2 and status = ?3", organisationId, tool,
                AssessmentStatus.OPEN) > 0;
    }
}
