package org.cokit.tools.coready;

import jakarta.enterprise.context.ApplicationScoped;
import org.cokit.engine.ToolStep;

/** CoReady's place on the organisation's path. Until the tool is built it reports itself as coming. */
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
}
