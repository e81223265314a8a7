package org.cokit.tools.conew;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.cokit.engine.ToolStep;
import org.cokit.organisation.Caller;

/** CoNew's place on the organisation's path. The tool itself is not built yet, so it reports itself as coming. */
@ApplicationScoped
public class CoNewStep implements ToolStep {

    @Override
    public int order() {
        return 3;
    }

    @Override
    public String id() {
        return "conew";
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
