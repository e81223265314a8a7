package org.cokit.tools.conew;

import jakarta.enterprise.context.ApplicationScoped;
import org.cokit.engine.ToolStep;

/** CoNew's place on the organisation's path. Until the tool is built it reports itself as coming. */
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
}
