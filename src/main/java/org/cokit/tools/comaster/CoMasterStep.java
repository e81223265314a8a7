package org.cokit.tools.comaster;

import jakarta.enterprise.context.ApplicationScoped;
import org.cokit.engine.ToolStep;

/** CoMaster's place on the organisation's path. Until the tool is built it reports itself as coming. */
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
}
