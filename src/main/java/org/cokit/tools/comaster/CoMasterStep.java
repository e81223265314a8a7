package org.cokit.tools.comaster;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.cokit.engine.ToolStep;
import org.cokit.organisation.Caller;

/** CoMaster's place on the organisation's path. The tool itself is not built yet, so it reports itself as coming. */
@ApplicationScoped
public class CoMasterStep implements ToolStep {

    @Override
    public int order() {
        return 4;
    }

    @Override
    public String id() {
        return "comaster";
    }

    @Override
    public StepStatus status(long organisationId) {
        return StepStatus.COMING;
    }

    @Override
    public Optional<StepAction> nextAction(Caller caller) {
        return Optional.empty();
    }
}
