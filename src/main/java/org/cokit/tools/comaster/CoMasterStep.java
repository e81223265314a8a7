package org.cokit.tools.comaster;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.cokit.engine.ToolStep;
import org.cokit.engine.answers.AssessmentProgress;
import org.cokit.organisation.Caller;
import org.cokit.organisation.Role;

/** CoMaster's place on the organisation's path: the last step, once a renewal has been co-created. */
@ApplicationScoped
public class CoMasterStep implements ToolStep {

    private final AssessmentProgress progress;

    public CoMasterStep(AssessmentProgress progress) {
        this.progress = progress;
    }

    @Override
    public int order() {
        return 4;
    }

    @Override
    public String id() {
        return CoMasterTool.ID;
    }

    @Override
    public StepStatus status(long organisationId) {
        return progress.statusOf(organisationId, CoMasterTool.ID);
    }

    @Override
    public Optional<StepAction> nextAction(Caller caller) {
        if (caller.organisationId() == null) {
            return Optional.empty();
        }
        boolean open = progress.hasOpen(caller.organisationId(), CoMasterTool.ID);
        if (open && (caller.has(Role.RESPONDENT) || caller.has(Role.COORDINATOR))) {
            return Optional.of(new StepAction("step_next_answer", "/assessments"));
        }
        if (!open && caller.has(Role.COORDINATOR)) {
            return Optional.of(new StepAction("step_next_open_round", "/assessments"));
        }
        return Optional.empty();
    }
}
