package org.cokit.tools.coready;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.cokit.engine.ToolStep;
import org.cokit.engine.answers.AssessmentProgress;
import org.cokit.organisation.Caller;
import org.cokit.organisation.Role;

/** CoReady's place on the organisation's path: the first step, repeated e.g. yearly. */
@ApplicationScoped
public class CoReadyStep implements ToolStep {

    private final AssessmentProgress progress;

    public CoReadyStep(AssessmentProgress progress) {
        this.progress = progress;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public String id() {
        return CoReadyTool.ID;
    }

    @Override
    public StepStatus status(long organisationId) {
        return progress.statusOf(organisationId, CoReadyTool.ID);
    }

    @Override
    public Optional<StepAction> nextAction(Caller caller) {
        if (caller.organisationId() == null) {
            return Optional.empty();
        }
        boolean open = progress.hasOpen(caller.organisationId(), CoReadyTool.ID);
        if (open && (caller.has(Role.RESPONDENT) || caller.has(Role.COORDINATOR))) {
            return Optional.of(new StepAction("step_next_answer", "/assessments"));
        }
        if (!open && caller.has(Role.COORDINATOR)) {
            return Optional.of(new StepAction("step_next_open_round", "/assessments"));
        }
        return Optional.empty();
    }
}
