package org.cokit.tools.coserve;

import jakarta.enterprise.context.ApplicationScoped;
import org.cokit.engine.ToolStep;

/** CoServe's place on the organisation's path. Until the tool is built it reports itself as coming. */
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
}
