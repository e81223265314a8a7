package org.cokit.tools.coserve;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.cokit.engine.ToolStep;
import org.cokit.organisation.Caller;

/** CoServe's place on the organisation's path. The tool itself is not built yet, so it reports itself as coming. */
@ApplicationScoped
public class CoServeStep implements ToolStep {

    @Override
    public int order() {
        return 2;
    }

    @Override
    public String id() {
        return "coserve";
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
