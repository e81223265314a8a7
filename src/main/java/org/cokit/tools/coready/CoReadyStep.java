package org.cokit.tools.coready;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.cokit.engine.ToolStep;
import org.cokit.organisation.Caller;

/** CoReady's place on the organisation's path. The tool itself is not built yet, so it reports itself as coming. */
@ApplicationScoped
public class CoReadyStep implements ToolStep {

    @Override
    public int order() {
        return 1;
    }

    @Override
    public String id() {
        return "coready";
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
